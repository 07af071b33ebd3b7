import type { Request, RequestHandler, Response } from 'express';
import type pg from 'pg';
import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { EntityManager } from 'typeorm';
import { NOTIFICATION_STATES } from '../vocabularies.js';
import { operationNameOf } from './operation-name.js';
import type { MetricsRepository } from './metrics.repository.js';

/** Distinct operation names kept as label values; later new names count as "other" (clients choose names). */
const MAX_OPERATIONS = 200;

/** What the metrics read: the pools to watch and a way to run the gauges' queries in the system scope. */
export interface MetricsSources {
  pools: Readonly<Record<string, pg.Pool>>;
  repository: MetricsRepository;
  runAsSystem<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
}

/**
 * The API's Prometheus metrics (prom-client) in their own registry:
 * - `lantern_http_requests_total{operation,code}`: requests by GraphQL operation name (or `http` outside
 *   /graphql) and outcome code (the first GraphQL error code, `OK`, or the HTTP status for other paths);
 * - `lantern_http_request_duration_seconds{operation}`: latency histogram, seconds;
 * - `lantern_db_pool_connections{pool,state}`: connections in_use, idle and waiting clients per pool;
 * - `lantern_job_queue_depth{queue}` and `lantern_job_queue_oldest_seconds{queue}`: waiting jobs and the age of the oldest;
 * - `lantern_notifications{state}`: outbox messages by delivery state;
 * - Node's default process metrics (`process_*`, `nodejs_*`).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests = new Counter({ name: 'lantern_http_requests_total', help: 'Requests by GraphQL operation and outcome code', labelNames: ['operation', 'code'], registers: [this.registry] });
  private readonly duration = new Histogram({
    name: 'lantern_http_request_duration_seconds',
    help: 'Request latency in seconds by GraphQL operation',
    labelNames: ['operation'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(sources: MetricsSources) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'lantern_db_pool_connections',
      help: 'Database pool connections in use, idle, and clients waiting for one',
      labelNames: ['pool', 'state'],
      registers: [this.registry],
      collect() {
        for (const [name, pool] of Object.entries(sources.pools)) {
          this.set({ pool: name, state: 'in_use' }, pool.totalCount - pool.idleCount);
          this.set({ pool: name, state: 'idle' }, pool.idleCount);
          this.set({ pool: name, state: 'waiting' }, pool.waitingCount);
        }
      },
    });
    const depth = new Gauge({ name: 'lantern_job_queue_depth', help: 'Jobs waiting (created or retry) per queue', labelNames: ['queue'], registers: [this.registry] });
    const oldest = new Gauge({ name: 'lantern_job_queue_oldest_seconds', help: 'Age in seconds of the oldest waiting job per queue', labelNames: ['queue'], registers: [this.registry] });
    // One read per scrape fills the three gauges; a failed read (database down) leaves them empty.
    new Gauge({
      name: 'lantern_notifications',
      help: 'Outbox messages by delivery state',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        depth.reset();
        oldest.reset();
        this.reset();
        const read = await sources
          .runAsSystem(async (manager) => ({ queues: await sources.repository.jobQueues(manager), states: await sources.repository.notificationsByState(manager) }))
          .catch(() => null);
        if (!read) return;
        for (const q of read.queues) {
          depth.set({ queue: q.queue }, q.depth);
          oldest.set({ queue: q.queue }, q.oldestSeconds);
        }
        for (const state of NOTIFICATION_STATES) this.set({ state }, read.states.find((s) => s.label === state)?.count ?? 0);
      },
    });
  }

  /** Express middleware timing every request and counting it when the response is finished. */
  middleware(): RequestHandler {
    return (req: Request, res: Response, next) => {
      const end = this.duration.startTimer();
      res.on('finish', () => {
        const operation = req.originalUrl.split('?')[0] === '/graphql' ? this.operationLabel(operationNameOf(req.body)) : 'http';
        const code = (res.locals.graphqlOutcome as string | undefined) ?? String(res.statusCode);
        this.requests.inc({ operation, code });
        end({ operation });
      });
      next();
    };
  }

  /** An Apollo plugin recording each GraphQL response's outcome code (first error's `extensions.code`, or OK). */
  plugin<TContext extends { res: Response }>(): ApolloServerPlugin<TContext> {
    return {
      requestDidStart: () =>
        Promise.resolve({
          willSendResponse: ({ contextValue, response }) => {
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            const code = errors?.[0]?.extensions?.code;
            if (contextValue?.res) contextValue.res.locals.graphqlOutcome = typeof code === 'string' ? code : 'OK';
            return Promise.resolve();
          },
        }),
    };
  }

  private operationLabel(name: string | null): string {
    if (!name) return 'anonymous';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATIONS) return 'other';
    this.operations.add(name);
    return name;
  }
}
