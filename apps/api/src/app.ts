import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { createDataSource } from './database/data-source.js';
import { createSchema } from './schema.js';
import { createServer, type LanternServer } from './server.js';
import { createRepositories } from './repositories.js';
import { createServices, type Services } from './services.js';
import { startJobQueue } from './job-runner.js';
import { auditKeyring } from './common/audit/audit-keys.js';
import { PayloadSealer } from './modules/notifications/sealed-payload.js';
import { NotificationWorker } from './modules/notifications/notification-worker.js';
import { startScheduledJobs } from './scheduled-jobs.js';
import { Keyring } from './common/keys/keys.js';

export interface RunningApi {
  readonly server: LanternServer;
  readonly services: Services;
  readonly url: string;
  close(): Promise<void>;
}

/** Connects as the application role and serves the API on `port` (0 picks a free one). */
export async function startApi(config: Config, logger: Logger, port = config.port): Promise<RunningApi> {
  const dataSource = createDataSource(config.appDatabaseUrl);
  await dataSource.initialize();
  const pool = new pg.Pool({ connectionString: config.appDatabaseUrl, max: 5, connectionTimeoutMillis: 5000 });
  pool.on('error', (error) => logger.warn({ err: { message: error.message } }, 'idle rate-limit pool client failed'));
  const sessionPool = new pg.Pool({ connectionString: config.sessionDatabaseUrl, max: 5, connectionTimeoutMillis: 5000 });
  sessionPool.on('error', (error) => logger.warn({ err: { message: error.message } }, 'idle session pool client failed'));
  const driverPool = (dataSource.driver as unknown as { master?: pg.Pool }).master;
  driverPool?.on('error', (error) => logger.warn({ err: { message: error.message } }, 'idle database client failed'));
  const boss = await startJobQueue(config.appDatabaseUrl, logger, config.runWorker);
  const keyring = new Keyring(config.masterSecrets);
  const sealer = new PayloadSealer(keyring);
  const auditKeys = auditKeyring(config);
  const repositories = createRepositories(boss, auditKeys);
  const services = createServices(repositories, { dataSource, pool, sealer, auditKeys, keyring, config });
  if (config.runWorker) {
    await new NotificationWorker(boss, (work) => services.transactions.runAsSystem(work), repositories.notificationOutbox, sealer, config.notify, logger).start();
    await startScheduledJobs(boss, services, logger);
  }
  const server = await createServer({ config, dataSource, pool, sessionPool, keyring, schema: await createSchema(), repositories, services, logger });
  await new Promise<void>((resolve) => server.httpServer.listen(port, '0.0.0.0', resolve));
  const address = server.httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    services,
    url: `http://localhost:${actualPort}`,
    async close() {
      await server.stop();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await pool.end();
      await sessionPool.end();
      await dataSource.destroy();
    },
  };
}
