import type { ErrorRequestHandler } from 'express';
import { ERROR_MESSAGES } from '@lantern/schema/error-codes';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from './format-error.js';
import { loggableError } from './loggable-error.js';

/** The HTTP status a middleware gave its error (body-parser's 400 and 413), or 500. */
function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : 500;
}

/**
 * Errors raised before GraphQL runs (body parsing, the session store) answer in GraphQL's shape with a safe
 * message: never an HTML page or a stack trace. An unexpected one is logged and answered with the request id
 * as its reference, as the GraphQL error formatter does.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    const requestId = res.locals.requestId as string | undefined;
    if (res.headersSent) return next(error);
    const status = statusOf(error);
    if (status === 413) {
      res.status(413).json({ errors: [{ message: 'The request is too large.', extensions: { code: 'BAD_USER_INPUT' } }] });
    } else if (status >= 400 && status < 500) {
      res.status(status).json({ errors: [{ message: 'The request is not valid.', extensions: { code: 'BAD_USER_INPUT' } }] });
    } else if (isDatabaseUnavailable(error)) {
      logger.warn({ err: loggableError(error) }, 'database unavailable');
      res.status(503).setHeader('Retry-After', '5');
      res.json({ errors: [{ message: ERROR_MESSAGES.RETRY_LATER, extensions: { code: 'RETRY_LATER' } }] });
    } else {
      logger.error({ err: loggableError(error), requestId }, 'unexpected error before GraphQL');
      const message = requestId ? `${ERROR_MESSAGES.INTERNAL_SERVER_ERROR} Reference: ${requestId}` : ERROR_MESSAGES.INTERNAL_SERVER_ERROR;
      res.status(500).json({ errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) } }] });
    }
  };
}
