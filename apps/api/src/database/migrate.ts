import { ensureApplicationRole, ensureSessionRole } from './roles.js';
import { createDataSource } from './data-source.js';
import { ensureJobQueue } from './job-queue.js';

/**
 * Runs pending migrations as the owner, after creating (or re-passwording) the application role and the
 * session store's role from their URLs. Safe to call on every start.
 */
export async function migrate(ownerUrl: string, appUrl: string, sessionUrl: string): Promise<void> {
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
}
