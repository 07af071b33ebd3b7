import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { ERROR_CODES, ERROR_MESSAGES, type ErrorCode } from '@lantern/schema/error-codes';
import type { Logger } from 'pino';
import type { FieldProblem } from './app-error.js';
import { ErrorReferences } from './error-reference.js';
import { loggableError } from './loggable-error.js';

const KNOWN = new Set<string>(ERROR_CODES);

/** The one answer to a query over any limit (tokens, depth, aliases, cost): the limits themselves are never stated. */
export const TOO_COMPLEX = 'The query is too large or too complex.';

/** graphql-js's parser refusing a document over `maxTokens`; its message names the limit. */
const TOKEN_LIMIT = /Document contains more th\w+ \d+ tokens/;

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  return (
    code === 'ECONNREFUSED' ||
    code === '57P01' ||
    code === '57P03' ||
    /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/.test(message)
  );
}

/**
 * GraphQL's own hints ("Did you mean the enum value ...?") reveal the schema; graphql-armor hides only the
 * field ones, leaving "[Suggestion hidden]?". Neither is shown.
 */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*(Did you mean [^?]*|\[Suggestion hidden\])\?/g, '');
}

/**
 * The one place errors become responses: known codes pass with their safe message; validation errors
 * become BAD_USER_INPUT with field problems; everything else is INTERNAL_SERVER_ERROR, logged and answered
 * with a reference that is the request id (see ErrorReferences), so it joins to the request's audit events.
 */
export function createErrorFormatter(logger: Logger, references: ErrorReferences = new ErrorReferences()) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const fields = flatten(original.extensions.validationErrors).map((p) => ({
        field: p.field.replace(/^input\./, ''),
        message: p.message,
      }));
      const message = fields.length === 1 && fields[0] ? fields[0].message : ERROR_MESSAGES.BAD_USER_INPUT;
      return { message, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', fields } };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code === 'PERSISTED_QUERY_NOT_SUPPORTED' || code === 'PERSISTED_QUERY_NOT_FOUND') {
      return { message: 'Send the query text: persisted queries are not accepted.', extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.test(formatted.message)) {
      return { message: TOO_COMPLEX, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_REQUEST' || code === 'OPERATION_RESOLUTION_FAILURE') {
      return { message: withoutSuggestions(formatted.message), extensions: { code: 'BAD_USER_INPUT' } };
    }
    // A request graphql-js refused before any resolver ran (an operation it cannot execute, e.g. a
    // subscription): the caller's mistake, answered as bad input and not logged as a fault of Lantern's.
    const unexecutable = original instanceof GraphQLError && !original.originalError && !formatted.path && Boolean(formatted.locations?.length);
    if ((code === undefined || code === 'INTERNAL_SERVER_ERROR') && unexecutable) {
      return { message: withoutSuggestions(formatted.message), extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (code && KNOWN.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      void _drop;
      return { message: withoutSuggestions(formatted.message), path: formatted.path, extensions };
    }
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: loggableError(original) }, 'database unavailable');
      return { message: ERROR_MESSAGES.RETRY_LATER, path: formatted.path, extensions: { code: 'RETRY_LATER' } };
    }
    const reference = references.referenceFor(error);
    logger.error({ err: loggableError(original), requestId: reference }, 'unexpected error');
    const internal: ErrorCode = 'INTERNAL_SERVER_ERROR';
    return {
      message: `${ERROR_MESSAGES.INTERNAL_SERVER_ERROR} Reference: ${reference}`,
      path: formatted.path,
      extensions: { code: internal, requestId: reference },
    };
  };
}
