import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { AUDIT_CHECKPOINT_QUEUE, RETENTION_QUEUE } from './database/job-queue.js';
import type { Services } from './services.js';

/** When the scheduled jobs run (cron, UTC): a checkpoint every minute, retention nightly at 02:30. */
export const SCHEDULES = { [AUDIT_CHECKPOINT_QUEUE]: '* * * * *', [RETENTION_QUEUE]: '30 2 * * *' } as const;

/**
 * Schedules and works Lantern's periodic jobs on the worker process: the audit checkpoint (the anchor the
 * verifier checks truncation against, so at most a minute of events is unanchored) and the retention job.
 * Each logs what it did by count, never by record.
 */
export async function startScheduledJobs(boss: PgBoss, services: Services, logger: Logger): Promise<void> {
  await boss.schedule(AUDIT_CHECKPOINT_QUEUE, SCHEDULES[AUDIT_CHECKPOINT_QUEUE], {}, { tz: 'UTC' });
  await boss.schedule(RETENTION_QUEUE, SCHEDULES[RETENTION_QUEUE], {}, { tz: 'UTC' });
  await boss.work(AUDIT_CHECKPOINT_QUEUE, async () => {
    await services.writeAuditCheckpoint();
  });
  await boss.work(RETENTION_QUEUE, async () => {
    const run = await services.anonymiseExpiredReferrals.run();
    logger.info({ anonymised: run.anonymised.length }, 'retention job ran');
  });
}
