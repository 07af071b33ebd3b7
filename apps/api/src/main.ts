import 'reflect-metadata';
import { ConfigurationError, configurationSummary, loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';
import { migrate } from './database/migrate.js';
import { seedDemoDataIfEmpty } from './database/seed/seed.js';
import { startApi } from './app.js';

/** Production entry: configuration, migrations, then the API. SIGTERM drains in-flight requests. */
/** The configuration, or a plain list of what is missing or invalid (no stack, no values) and exit code 1. */
function configurationOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const config = configurationOrExit();
const logger = createLogger(config.logLevel);
logger.info({ configuration: configurationSummary(config) }, 'configuration');
await migrate(config.databaseUrl, config.appDatabaseUrl, config.sessionDatabaseUrl);
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
