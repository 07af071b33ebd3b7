import { startServers, stopServersNow } from './servers';

/**
 * Starts the API (fresh embedded PostgreSQL, migrated and seeded), and the built police and partner apps,
 * unless E2E_USE_RUNNING_SERVERS=1 says they are already running at the URLs in support/urls.ts.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_USE_RUNNING_SERVERS === '1') return;
  process.once('exit', stopServersNow);
  await startServers();
}
