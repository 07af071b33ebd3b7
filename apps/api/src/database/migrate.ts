import { ensureApplicationRole } from './roles.js';
import { createDataSource } from './data-source.js';
import { ensureJobQueue } from './job-queue.js';

/** Runs pending migrations as the owner. Safe to call on every start. */
export async function migrate(ownerUrl: string, appUrl: string): Promise<void> {
  await ensureApplicationRole(ownerUrl, appUrl);
  const owner = createDataSource(ownerUrl, { poolSize: 2 });
  await owner.initialize();
  try {
    await owner.runMigrations({ transaction: 'each' });
  } finally {
    await owner.destroy();
  }
  await ensureJobQueue(ownerUrl);
}
