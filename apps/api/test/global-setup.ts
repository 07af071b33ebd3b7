import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { appUrlFrom, sessionUrlFrom } from '../src/config.js';
import { migrate } from '../src/database/migrate.js';
import { startEmbeddedDatabase } from '../src/dev/embedded-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole run: an embedded one in a temporary folder, or the one named by
 * DATABASE_URL. Migrations run once; every test file then makes its own data.
 */
export default async function setup(project: TestProject) {
  let stop = (): Promise<void> => Promise.resolve();
  let url = process.env.DATABASE_URL;
  if (!url) {
    const folder = mkdtempSync(path.join(tmpdir(), 'lantern-api-test-'));
    chmodSync(folder, 0o755); // PostgreSQL runs as its own user when the tests run as root
    const dataDir = path.join(folder, 'pg');
    const port = Number(process.env.TEST_PG_PORT ?? 54360);
    const database = await startEmbeddedDatabase(dataDir, port, { throwaway: true });
    url = database.url;
    stop = async () => {
      await database.stop();
      rmSync(path.dirname(dataDir), { recursive: true, force: true });
    };
  }
  await migrate(url, appUrlFrom(url, 'lantern-app-test-password'), sessionUrlFrom(url, 'lantern-session-test-password'));
  project.provide('databaseUrl', url);
  return stop;
}
