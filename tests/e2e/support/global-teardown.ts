import { stopServers } from './servers';

/** Stops the process groups started by global setup (also after failures) and removes the test database. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.E2E_USE_RUNNING_SERVERS === '1') return;
  await stopServers();
}
