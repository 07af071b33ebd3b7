import 'reflect-metadata';
import path from 'node:path';
import { DEV_NOTIFY_API_KEY, loadConfig, REPO_ROOT } from '../config.js';
import { startNotifyStub } from './notify-stub.js';
import { createLogger } from '../logger.js';
import { migrate } from '../database/migrate.js';
import { seedDemoDataIfEmpty } from '../database/seed/seed.js';
import { startApi } from '../app.js';
import { reachableDataDir, startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database.js';

/**
 * Runs the API for development and tests: an embedded PostgreSQL (unless DATABASE_URL is set), migrations,
 * demo data when the database is empty, then the API. Ctrl-C or SIGTERM stops everything it started.
 */
const env = process.env;
let database: EmbeddedDatabase | null = null;
if (!env.DATABASE_URL) {
  const port = Number(env.EMBEDDED_PG_PORT ?? 54320);
  const dataDir = env.LANTERN_DATA_DIR ?? reachableDataDir(path.join(REPO_ROOT, '.data/postgres'), 'lantern-data');
  console.log(`Starting PostgreSQL on port ${port} (data in ${dataDir})`);
  database = await startEmbeddedDatabase(dataDir, port, { throwaway: env.LANTERN_THROWAWAY_DB === 'true' });
}
// A local Notify-compatible stub, unless a real Notify address is given.
const notifyStub = env.NOTIFY_BASE_URL ? null : await startNotifyStub(Number(env.NOTIFY_STUB_PORT ?? 4090), DEV_NOTIFY_API_KEY);
if (notifyStub) console.log(`Notify stub on ${notifyStub.url} (sent messages: ${notifyStub.url}/v2/notifications, signed requests only)`);
const config = loadConfig({
  SEED_DEMO_DATA: 'true',
  ...env,
  ...(database ? { DATABASE_URL: database.url } : {}),
  ...(notifyStub ? { NOTIFY_BASE_URL: notifyStub.url } : {}),
});
const logger = createLogger(config.logLevel);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  try {
    await api?.close();
    await notifyStub?.close();
  } finally {
    await database?.stop();
    process.exit(code);
  }
}
process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));

let api: Awaited<ReturnType<typeof startApi>> | undefined;
try {
  await migrate(config.databaseUrl, config.appDatabaseUrl);
  if (config.seedDemoData && (await seedDemoDataIfEmpty(config))) console.log('Demo data loaded');
  api = await startApi(config, logger);
  console.log(`Lantern API ready on ${api.url}/graphql`);
} catch (error) {
  console.error('Lantern API failed to start:', error instanceof Error ? error.message : error);
  await stop(1);
}
