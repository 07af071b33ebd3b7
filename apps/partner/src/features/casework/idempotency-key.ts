/** A fresh key for a create-type request (the API returns the first result for a repeated key). */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
