import { writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PG_BIN } from './binaries.js';
import { postgresFolder, start, stopPostmaster, waitFor } from './processes.js';

const PASSWORD = 'single-test-superuser';

/**
 * One PostgreSQL 15 server from Debian's packages in `folder` on `port` (loopback only), for tests that
 * need the client programs to match the server (pg_dump, pg_restore). Stopped by its pidfile.
 */
export async function startPostgres(folder: string, port: number): Promise<{ url(database: string): string; stop(): Promise<void> }> {
  const dataDir = path.join(postgresFolder(folder), 'data');
  const passwordFile = path.join(folder, 'password');
  writeFileSync(passwordFile, PASSWORD, { mode: 0o644 });
  const initdb = start('initdb', [`${PG_BIN}/initdb`, '-D', dataDir, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${passwordFile}`, '-E', 'UTF8', '--locale=C.UTF-8'], { logDir: folder, asPostgres: true });
  const code = await new Promise<number | null>((resolve) => initdb.child.once('exit', resolve));
  if (code !== 0) throw new Error(`initdb failed: ${initdb.output()}`);
  start('postgres', [`${PG_BIN}/postgres`, '-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${folder}`], { logDir: folder, asPostgres: true });
  const url = (database: string) => `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
  await waitFor('PostgreSQL to accept connections', async () => {
    const client = new pg.Client({ connectionString: url('postgres') });
    await client.connect();
    await client.end();
    return true;
  }, 30_000, 200);
  return { url, stop: () => stopPostmaster(dataDir) };
}
