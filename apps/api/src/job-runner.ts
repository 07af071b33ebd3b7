import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { JOB_SCHEMA } from './database/job-queue.js';

/**
 * pg-boss on the application role's connection. It never migrates: the owner installs it (see migrate). A
 * supervising (worker) process also runs the cron scheduler (see scheduled-jobs.ts).
 */
export async function startJobQueue(url: string, logger: Logger, supervise: boolean): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, schema: JOB_SCHEMA, migrate: false, supervise, schedule: supervise, max: 3 });
  boss.on('error', (error) => logger.warn({ err: { message: error.message } }, 'job queue error'));
  await boss.start();
  return boss;
}
