import 'reflect-metadata';
import { configurationSummary, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { migrate } from './database/migrate.js';
import { seedDemoDataIfEmpty } from './database/seed/seed.js';
import { startApi } from './app.js';

/** Production entry: configuration, migrations, then the API. SIGTERM drains in-flight requests. */
const config = loadConfig();
const logger = createLogger(config.logLevel);
logger.info({ configuration: configurationSummary(config) }, 'configuration');
await migrate(config.databaseUrl, config.appDatabaseUrl);
if (config.seedDemoData) await seedDemoDataIfEmpty(config);
const api = await startApi(config, logger);
logger.info({ url: api.url }, 'Lantern API listening');

const shutdown = async (signal: string) => {
  logger.info({ signal }, 'draining requests and stopping');
  await api.close();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
