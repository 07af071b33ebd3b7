import type { ErrorRequestHandler } from 'express';
import { ERROR_MESSAGES } from '@lantern/schema/error-codes';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from './format-error.js';

/**
 * Errors raised before GraphQL runs (body parsing, the session store) answer in GraphQL's shape with a safe
 * message: never an HTML page or a stack trace.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status === 413) {
      res.status(413).json({ errors: [{ message: 'The request is too large.', extensions: { code: 'BAD_USER_INPUT' } }] });
    } else if (status >= 400 && status < 500) {
      res.status(status).json({ errors: [{ message: 'The request is not valid.', extensions: { code: 'BAD_USER_INPUT' } }] });
    } else if (isDatabaseUnavailable(error)) {
      logger.warn({ err: { message: error.message } }, 'database unavailable');
      res.status(503).setHeader('Retry-After', '5');
      res.json({ errors: [{ message: ERROR_MESSAGES.RETRY_LATER, extensions: { code: 'RETRY_LATER' } }] });
    } else {
      logger.error({ err: error }, 'unexpected error before GraphQL');
      res.status(500).json({ errors: [{ message: ERROR_MESSAGES.INTERNAL_SERVER_ERROR, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };
}
