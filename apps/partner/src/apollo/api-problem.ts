import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ERROR_CODES, ERROR_MESSAGES, type ErrorCode } from '@lantern/schema/error-codes';

export interface FieldProblem {
  /** The input field path, as the API reports it: `note`, `victim.safeContact.phone`. */
  field: string;
  message: string;
}

/** What went wrong with a request, in terms a form can show. */
export interface ApiProblem {
  code: ErrorCode | 'NETWORK';
  message: string;
  fields: FieldProblem[];
}

interface GraphQLErrorLike {
  message?: string;
  extensions?: Record<string, unknown>;
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

function fromGraphQLError(error: GraphQLErrorLike | undefined): ApiProblem {
  const code = error?.extensions?.code;
  if (!isErrorCode(code)) {
    return { code: 'INTERNAL_SERVER_ERROR', message: ERROR_MESSAGES.INTERNAL_SERVER_ERROR, fields: [] };
  }
  const rawFields = error?.extensions?.fields;
  const fields = Array.isArray(rawFields)
    ? rawFields.filter(
        (f): f is FieldProblem => typeof f === 'object' && f !== null && typeof f.field === 'string' && typeof f.message === 'string',
      )
    : [];
  // Known codes carry a message written to be shown to users.
  return { code, message: error?.message || ERROR_MESSAGES[code], fields };
}

/** Reads any error thrown by Apollo Client into a problem the UI can show. */
export function readProblem(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLError(error.errors[0]);
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLErrorLike[] };
      if (body.errors?.[0]) return fromGraphQLError(body.errors[0]);
    } catch {
      // Not a GraphQL response: fall through.
    }
    if (error.statusCode === 429) return { code: 'RATE_LIMITED', message: ERROR_MESSAGES.RATE_LIMITED, fields: [] };
    return { code: 'INTERNAL_SERVER_ERROR', message: ERROR_MESSAGES.INTERNAL_SERVER_ERROR, fields: [] };
  }
  return {
    code: 'NETWORK',
    message: 'Lantern could not be reached. Check your connection and try again. Nothing you typed has been lost.',
    fields: [],
  };
}
