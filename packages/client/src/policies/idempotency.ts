/**
 * A key for one intended write. Make it when the person confirms, and reuse it for every retry
 * of that confirmation: the server then books once, however many requests arrive.
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
