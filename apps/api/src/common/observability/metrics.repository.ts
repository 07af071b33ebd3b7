import type { EntityManager } from 'typeorm';
import { JOB_SCHEMA } from '../../database/job-queue.js';

/** A count under a label value, e.g. `{ label: 'QUEUED', count: 3 }`. */
export interface LabelledCount {
  label: string;
  count: number;
}

/** The reads behind the gauges at GET /metrics: whole-service counts only, never a row's content. */
export class MetricsRepository {
  /** Messages in the outbox by delivery state (QUEUED, SENT, FAILED). Needs the system scope (row-level security). */
  notificationsByState(manager: EntityManager): Promise<LabelledCount[]> {
    return manager.query(`SELECT state AS label, count(*)::int AS count FROM notifications GROUP BY state`);
  }

  /** Jobs waiting (created or retry) in each pg-boss queue, and the age in seconds of each queue's oldest. */
  async jobQueues(manager: EntityManager): Promise<{ queue: string; depth: number; oldestSeconds: number }[]> {
    return manager.query(
      `SELECT name AS queue, count(*)::int AS depth, COALESCE(EXTRACT(EPOCH FROM now() - min(created_on)), 0)::float AS "oldestSeconds"
       FROM ${JOB_SCHEMA}.job WHERE state IN ('created', 'retry') GROUP BY name`,
    );
  }
}
