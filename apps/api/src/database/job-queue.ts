import PgBoss from 'pg-boss';
import pg from 'pg';

export const JOB_SCHEMA = 'pgboss';
export const NOTIFICATION_QUEUE = 'notifications';
/** The scheduled audit checkpoint and retention jobs (see scheduled-jobs.ts). */
export const AUDIT_CHECKPOINT_QUEUE = 'audit-checkpoint';
export const RETENTION_QUEUE = 'retention';

/**
 * Installs pg-boss's schema, the notification queue and the scheduled jobs' queues as the owner, and lets the application role use
 * them without owning anything.
 */
export async function ensureJobQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_SCHEMA, supervise: false, schedule: false, max: 2 });
  boss.on('error', () => undefined);
  await boss.start();
  try {
    if (!(await boss.getQueue(NOTIFICATION_QUEUE))) {
      await boss.createQueue(NOTIFICATION_QUEUE, { name: NOTIFICATION_QUEUE, retryLimit: 8, retryDelay: 15, retryBackoff: true });
    }
    for (const name of [AUDIT_CHECKPOINT_QUEUE, RETENTION_QUEUE]) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: 'singleton', retryLimit: 2 });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`
      GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO lantern_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO lantern_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOB_SCHEMA} TO lantern_app;
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_SCHEMA} TO lantern_app;
    `);
  } finally {
    await client.end();
  }
}
