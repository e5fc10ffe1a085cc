/**
 * Caps the distinct values one label may take. Callers already pass bounded values (route
 * templates, procedure paths); this is the backstop that keeps a future mistake from turning
 * every URL into a new time series.
 */
export function boundedLabel(maxValues: number, overflow = "other"): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    if (seen.has(value)) return value;
    if (seen.size >= maxValues) return overflow;
    seen.add(value);
    return value;
  };
}

const httpMethods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** HTTP method as a label: the common methods by name, anything else as OTHER. */
export function methodLabel(method: string): string {
  const upper = method.toUpperCase();
  return httpMethods.has(upper) ? upper : "OTHER";
}
