import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { operationNameOf } from './operation-name.js';

/** Paths polled by probes and scrapers: not logged, they would drown the request log. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/** The path of a request URL without its query string (a query string can carry victim data). */
function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0];
}

/**
 * One log line per request (pino-http), keyed by the request id that the audit rows (`audit_events.request_id`),
 * the `X-Request-Id` header and the error reference shown to users carry (set earlier in server.ts as
 * `res.locals.requestId`). A line holds the method, the path without query string, the status, the
 * response time in milliseconds and, for /graphql, the operation name only: never a body, header, cookie or
 * token.
 */
export function requestLog(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (_req: IncomingMessage, res: ServerResponse) => (res as ServerResponse & { locals: { requestId: string } }).locals.requestId,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    quietReqLogger: true,
    autoLogging: { ignore: (req) => QUIET_PATHS.has(pathOf(req.url)) },
    serializers: {
      req: (req: { method?: string; url?: string }) => ({ method: req.method, path: pathOf(req.url) }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    customProps: (req) => {
      const operationName = operationNameOf((req as IncomingMessage & { body?: unknown }).body);
      return operationName ? { operationName } : {};
    },
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
  });
}
