import { ensureApplicationRole, ensureSessionRole } from './roles.js';
import { createDataSource } from './data-source.js';
import { ensureJobQueue } from './job-queue.js';
import { withMigrationLock } from './migration-lock.js';

/**
 * Runs pending migrations as the owner, after creating (or re-passwording) the application role and the
 * session store's role from their URLs. Safe to call on every start, from any number of replicas at once:
 * role creation, the migrations and the job queue's schema run under one advisory lock
 * (`withMigrationLock`), so concurrent starts wait for each other instead of racing in the catalogue.
 * Raises the first failing step's error; a failed migration's transaction is rolled back.
 */
export async function migrate(ownerUrl: string, appUrl: string, sessionUrl: string): Promise<void> {
  await withMigrationLock(ownerUrl, async () => {
    await ensureApplicationRole(ownerUrl, appUrl);
    await ensureSessionRole(ownerUrl, sessionUrl);
    const owner = createDataSource(ownerUrl, { poolSize: 2 });
    await owner.initialize();
    try {
      await owner.runMigrations({ transaction: 'each' });
    } finally {
      await owner.destroy();
    }
    await ensureJobQueue(ownerUrl);
  });
}
