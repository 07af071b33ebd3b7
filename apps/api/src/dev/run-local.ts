import 'reflect-metadata';
import path from 'node:path';
import { configurationSummary, DEV_NOTIFY_API_KEY, loadLocalRunConfig, REPO_ROOT } from '../config.js';
import { startNotifyStub } from './notify-stub.js';
import { createLogger } from '../logger.js';
import { migrate } from '../database/migrate.js';
import { seedDemoDataIfEmpty } from '../database/seed/seed.js';
import { startApi } from '../app.js';
import { reachableDataDir, startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database.js';

/**
 * Runs the API for development and tests: an embedded PostgreSQL (unless DATABASE_URL is set), migrations,
 * demo data when the database is empty, then the API. Ctrl-C or SIGTERM stops everything it started. Every
 * variable is checked before anything starts (see docs/configuration.md).
 */
let local: ReturnType<typeof loadLocalRunConfig>;
try {
  local = loadLocalRunConfig();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
let database: EmbeddedDatabase | null = null;
if (local.embeddedDatabase) {
  const { port, throwaway } = local.embeddedDatabase;
  const dataDir = local.embeddedDatabase.dataDir ?? reachableDataDir(path.join(REPO_ROOT, '.data/postgres'), 'lantern-data');
  console.log(`Starting PostgreSQL on port ${port} (data in ${dataDir})`);
  database = await startEmbeddedDatabase(dataDir, port, { throwaway });
}
// A local Notify-compatible stub, unless a real Notify address is given.
const notifyStub = local.notifyStubPort === null ? null : await startNotifyStub(local.notifyStubPort, DEV_NOTIFY_API_KEY);
if (notifyStub) console.log(`Notify stub on ${notifyStub.url} (sent messages: ${notifyStub.url}/v2/notifications, signed requests only)`);
const config = local.apiConfig({ databaseUrl: database?.url, notifyBaseUrl: notifyStub?.url });
const logger = createLogger(config.logLevel);
logger.info({ configuration: configurationSummary(config) }, 'configuration');

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
  await migrate(config.databaseUrl, config.appDatabaseUrl, config.sessionDatabaseUrl);
  if (config.seedDemoData && (await seedDemoDataIfEmpty(config))) console.log('Demo data loaded');
  api = await startApi(config, logger);
  console.log(`Lantern API ready on ${api.url}/graphql`);
} catch (error) {
  console.error('Lantern API failed to start:', error instanceof Error ? error.message : error);
  await stop(1);
}
