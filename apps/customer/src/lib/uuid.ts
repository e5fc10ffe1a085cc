const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Booking IDs are UUIDs: anything else in a URL is simply not found (no request is made). */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
