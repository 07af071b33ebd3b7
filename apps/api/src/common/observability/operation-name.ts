/** A GraphQL name (GraphQL spec, "Names"), capped so a client cannot write long text into logs. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** The name of the first operation in a document, e.g. `query ReferralList(...)`. */
const FIRST_OPERATION = /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]{0,63})\b/;

/**
 * The operation name of a parsed /graphql request body, for logs: `operationName` when it is a GraphQL name,
 * else the name of the document's first operation, else null. Never anything else from the body (the
 * variables and query text can hold victim data).
 */
export function operationNameOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const { operationName, query } = body as { operationName?: unknown; query?: unknown };
  if (typeof operationName === 'string' && NAME.test(operationName)) return operationName;
  if (typeof query === 'string') return FIRST_OPERATION.exec(query.slice(0, 2000))?.[1] ?? null;
  return null;
}
