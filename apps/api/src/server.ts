import { randomUUID } from 'node:crypto';
import http from 'node:http';
import express, { type Request, type Response } from 'express';
import helmet from 'helmet';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from './config.js';
import { actorOf, type Context } from './context.js';
import { ReadAuditBuffer } from './common/audit/read-audit-buffer.js';
import { createLoaders } from './loaders.js';
import type { Repositories } from './repositories.js';
import type { Services } from './services.js';
import { createErrorFormatter, TOO_COMPLEX } from './common/errors/format-error.js';
import { ErrorReferences } from './common/errors/error-reference.js';
import { httpErrorHandler } from './common/errors/http-error-handler.js';
import { createSessionMiddleware, currentSession, destroySession } from './common/auth/session.js';
import { safeStringsPlugin } from './common/graphql/safe-strings.js';
import { requireApp } from './common/auth/app-audience.js';
import type { Keyring } from './common/keys/keys.js';
import { requestLog } from './common/observability/request-log.js';
import { Metrics } from './common/observability/metrics.js';
import { MetricsRepository } from './common/observability/metrics.repository.js';

export interface ServerDeps {
  config: Config;
  dataSource: DataSource;
  /** Pool for rate limits (the application role). */
  pool: pg.Pool;
  /** Pool for the session store (the `lantern_session` role, the only one that reads `sessions`). */
  sessionPool: pg.Pool;
  /** The keys derived from the master secrets. */
  keyring: Keyring;
  schema: GraphQLSchema;
  repositories: Repositories;
  services: Services;
  logger: Logger;
}

export interface LanternServer {
  app: express.Express;
  httpServer: http.Server;
  stop(): Promise<void>;
}

/** Tokens in one document. The parser itself enforces it, so an oversized query is a 400 like any syntax error. */
const MAX_TOKENS = 3000;

/** What a caller is told when a query is over a limit: never the limit itself, nor how far over it is. */

/** The limits every GraphQL request meets before any resolver runs; their errors do not state the limits. */
function armor() {
  const hidden = { exposeLimits: false, errorMessage: TOO_COMPLEX };
  return new ApolloArmor({
    maxDepth: { n: 10, ...hidden },
    maxAliases: { n: 15, ...hidden },
    maxDirectives: { n: 10, ...hidden },
    // graphql-armor's token limit throws from a plugin hook, which Apollo answers as a 500 internal error.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 20000, ...hidden },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

async function buildContext(deps: ServerDeps, req: Request, res: Response, references: ErrorReferences): Promise<Context> {
  try {
    return await contextFor(deps, req, res);
  } catch (error) {
    references.tag(error, res.locals.requestId as string);
    throw error;
  }
}

async function contextFor(deps: ServerDeps, req: Request, res: Response): Promise<Context> {
  const session = await currentSession(req, res, deps.config);
  let viewer: Context['viewer'] = null;
  let victim: Context['victim'] = null;
  if (session?.kind === 'staff') {
    viewer = await deps.services.identity.staffViewer(session.userId);
    if (!viewer) await destroySession(req, res);
  } else if (session?.kind === 'victim') {
    const candidate = { kind: 'victim', linkId: session.linkId, referralId: session.referralId } as const;
    if (await deps.services.victimStatus.isActive(candidate)) {
      victim = candidate;
    } else {
      await destroySession(req, res);
    }
  }
  const reads = new ReadAuditBuffer();
  const actor = { viewer: viewer ?? victim, requestId: res.locals.requestId as string, ip: req.ip ?? null, reads };
  return {
    req,
    res,
    requestId: actor.requestId,
    ip: actor.ip,
    viewer,
    victim,
    services: deps.services,
    loaders: createLoaders(deps.repositories, actor, (work) => deps.services.transactions.run(actor, work)),
    reads,
  };
}

/** Writes each request's buffered audited reads once, before the response is sent (one INSERT per request). */
function flushReadAudit(services: Services): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async willSendResponse({ contextValue }) {
          if (contextValue?.reads) await services.flushReadAudit.flush(actorOf(contextValue), contextValue.reads);
        },
      });
    },
  };
}

/** Express + Apollo with the security edge. No side effects until `start` is called by the caller. */
export async function createServer(deps: ServerDeps): Promise<LanternServer> {
  const app = express();
  const httpServer = http.createServer(app);
  app.locals.config = deps.config;
  // Only the listed proxies' X-Forwarded-For counts: from anyone else, req.ip is the connection's own address.
  app.set('trust proxy', deps.config.trustProxy.length > 0 ? [...deps.config.trustProxy] : false);
  app.disable('x-powered-by');
  app.use(helmet({ referrerPolicy: { policy: 'no-referrer' } }));
  app.use((req, res, next) => {
    res.locals.requestId = randomUUID();
    res.setHeader('X-Request-Id', res.locals.requestId as string);
    next();
  });
  app.use(requestLog(deps.logger));
  const metrics = new Metrics({
    // TypeORM's pool (the application role's transactions) and the rate-limit pool.
    pools: { orm: (deps.dataSource.driver as unknown as { master: pg.Pool }).master, rateLimits: deps.pool },
    repository: new MetricsRepository(),
    runAsSystem: (work) => deps.services.transactions.runAsSystem(work),
  });
  app.use(metrics.middleware());
  // Scraped on the API port from the cluster only: never routed through the ingress (docs/operations.md).
  app.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await deps.dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  const protection = armor();
  const references = new ErrorReferences();
  const apollo = new ApolloServer<Context>({
    schema: deps.schema,
    introspection: deps.config.introspection,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // The apps send the query text; a hash alone is answered as a bad request (format-error.ts).
    persistedQueries: false,
    formatError: createErrorFormatter(deps.logger, references),
    // Apollo's own messages go through the same redacting logger, never straight to the console.
    logger: deps.logger,
    // graphql-armor's plugin types come from Apollo's CommonJS build; they are the same plugins.
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      references.plugin<Context>(),
      metrics.plugin<Context>(),
      safeStringsPlugin<Context>(),
      flushReadAudit(deps.services),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo serves a landing page on GET /graphql unless told not to; only development shows one.
      ...(deps.config.landingPage ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
    validationRules: protection.validationRules,
  });
  await apollo.start();

  app.use(
    '/graphql',
    (_req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    express.json({ limit: '100kb' }),
    requireApp,
    createSessionMiddleware(deps.config, deps.sessionPool, deps.keyring, { prune: deps.config.environment !== 'test' }),
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext(deps, req, res, references) }),
  );
  app.use(httpErrorHandler(deps.logger));

  return {
    app,
    httpServer,
    stop: () => apollo.stop(),
  };
}
