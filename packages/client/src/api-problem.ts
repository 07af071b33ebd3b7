import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ERROR_CODES, ERROR_MESSAGES, type ErrorCode } from '@lantern/schema/error-codes';

/** A field-level message from BAD_USER_INPUT: `field` is the input path, e.g. `victim.safeContact.phone`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** What went wrong with a request, in the words the member of staff should see. */
export interface ApiProblem {
  /** The API's `extensions.code`, or NETWORK when the API could not be reached (nothing was saved). */
  code: ErrorCode | 'NETWORK';
  message: string;
  /** Field-level messages (BAD_USER_INPUT's `extensions.fields`), from every error of the answer. */
  fields: FieldProblem[];
}

/** Shown when the API could not be reached, or a gateway in front of it did not answer (502, 503, 504). */
export const NETWORK_MESSAGE =
  'Lantern could not be reached, so nothing was saved. Check your connection and try again. What you typed has been kept.';

interface GraphQLErrorLike {
  message?: string;
  extensions?: Record<string, unknown>;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function readFields(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const candidate = item as Partial<FieldProblem> | null;
    return candidate && typeof candidate.field === 'string' && typeof candidate.message === 'string'
      ? [{ field: candidate.field, message: candidate.message }]
      : [];
  });
}

function fromGraphQLErrors(errors: readonly GraphQLErrorLike[]): ApiProblem {
  const first = errors[0];
  const rawCode = first?.extensions?.code;
  const code: ErrorCode = isErrorCode(rawCode) ? rawCode : 'INTERNAL_SERVER_ERROR';
  const fields = errors.flatMap((e) => readFields(e.extensions?.fields));
  // Known codes carry a message written to be shown; an unexpected error never shows its own text.
  const message = code === 'INTERNAL_SERVER_ERROR' ? ERROR_MESSAGES.INTERNAL_SERVER_ERROR : first?.message || ERROR_MESSAGES[code];
  return { code, message, fields };
}

/** GraphQL errors carried in a non-2xx response body (400 for invalid input, 401...), if any. */
function errorsInBody(bodyText: string | undefined): GraphQLErrorLike[] {
  if (!bodyText) return [];
  try {
    const body = JSON.parse(bodyText) as { errors?: unknown };
    if (Array.isArray(body?.errors)) return body.errors as GraphQLErrorLike[];
  } catch {
    // Not JSON: a proxy's or gateway's own page.
  }
  return [];
}

/**
 * The `extensions.code` values in an error thrown by Apollo Client, wherever they were carried (GraphQL
 * errors, or the body of a non-2xx answer). A bare HTTP 401 counts as UNAUTHENTICATED.
 */
export function errorCodesOf(error: unknown): string[] {
  const errors: GraphQLErrorLike[] = CombinedGraphQLErrors.is(error)
    ? [...error.errors]
    : ServerError.is(error)
      ? errorsInBody(error.bodyText)
      : [];
  const codes = errors.map((e) => e.extensions?.code).filter((code): code is string => typeof code === 'string');
  if (ServerError.is(error) && error.statusCode === 401 && codes.length === 0) codes.push('UNAUTHENTICATED');
  return codes;
}

/**
 * Turns anything a query or mutation threw into an ApiProblem; never exposes technical detail.
 * - GraphQL errors (in a 200 or in a non-2xx body): the first error's code and message, every error's fields;
 *   an unknown code is INTERNAL_SERVER_ERROR.
 * - HTTP 401 without a body: UNAUTHENTICATED; 429: RATE_LIMITED; other 5xx: INTERNAL_SERVER_ERROR.
 * - 502/503/504 (a gateway with no API behind it), other statuses, and no answer at all: NETWORK.
 */
export function readApiProblem(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error)) {
    const errors = errorsInBody(error.bodyText);
    if (errors.length > 0) return fromGraphQLErrors(errors);
    if (error.statusCode === 401) return { code: 'UNAUTHENTICATED', message: ERROR_MESSAGES.UNAUTHENTICATED, fields: [] };
    if (error.statusCode === 429) return { code: 'RATE_LIMITED', message: ERROR_MESSAGES.RATE_LIMITED, fields: [] };
    if (error.statusCode >= 500 && ![502, 503, 504].includes(error.statusCode)) {
      return { code: 'INTERNAL_SERVER_ERROR', message: ERROR_MESSAGES.INTERNAL_SERVER_ERROR, fields: [] };
    }
  }
  return { code: 'NETWORK', message: NETWORK_MESSAGE, fields: [] };
}
