import pg from 'pg';

/**
 * The key of the session-level advisory lock every Lantern start takes around its migrate step
 * (`pg_advisory_lock(bigint)`). Any fixed 64-bit number works as long as nothing else in the database uses
 * it; this one is "LANTERN1" read as ASCII.
 */
export const MIGRATION_LOCK_KEY = '5494659957245825585';

/**
 * Runs `work` while holding the migration advisory lock of the database named by `ownerUrl`, so any number
 * of API replicas starting at once run the migrate step one after another (the second and later find
 * nothing pending). The lock is held by a dedicated connection and released when `work` settles, or by
 * PostgreSQL itself if this process dies. Waits as long as another holder runs.
 * Raises whatever `work` raises, or the driver's error if the database cannot be reached.
 */
export async function withMigrationLock<T>(ownerUrl: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'lantern-migrate-lock' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
