import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

/** uid and gid of Debian's `postgres` user when the tests run as root (PostgreSQL refuses root). */
export function postgresUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('The postgres user is missing: install postgresql-15');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** A folder PostgreSQL may own (mode 700, owned by postgres when running as root). */
export function postgresFolder(folder: string): string {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const user = postgresUser();
  if (user) chownSync(folder, user.uid, user.gid);
  return folder;
}

export interface Started {
  readonly child: ChildProcess;
  readonly name: string;
  /** Output so far (stdout and stderr), also written to `<logDir>/<name>.log`. */
  output(): string;
}

/** Starts `command` with its output kept and logged; `asPostgres` runs it as the postgres user when root. */
export function start(name: string, command: string[], options: { logDir: string; env?: NodeJS.ProcessEnv; asPostgres?: boolean; cwd?: string }): Started {
  const user = options.asPostgres ? postgresUser() : null;
  const child = spawn(command[0], command.slice(1), {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, ...(user ? { HOME: '/var/lib/postgresql', USER: 'postgres' } : { USER: userInfo().username }) },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
  });
  let text = '';
  const log = createWriteStream(path.join(options.logDir, `${name}.log`));
  const keep = (chunk: Buffer) => {
    text += chunk.toString();
    if (text.length > 200_000) text = text.slice(-100_000);
    log.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('exit', () => log.end());
  return { child, name, output: () => text };
}

/** Polls `check` every `everyMs` until it returns a value other than undefined/false, or throws after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(everyMs);
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError instanceof Error ? `: ${lastError.message}` : ''}`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Kills a process if it is still running (SIGKILL unless told otherwise) and waits for it to exit. */
export async function stopProcess(started: Started | undefined, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (!started || started.child.exitCode !== null || started.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => started.child.once('exit', () => resolve()));
  started.child.kill(signal);
  await Promise.race([exited, sleep(10_000)]);
}

/** The postmaster's pid from `dataDir/postmaster.pid`, or null when it is not running. */
export function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/**
 * Stops the PostgreSQL whose data folder is `dataDir` by the pid in its postmaster.pid (immediate shutdown,
 * SIGQUIT), and waits until it is gone. Patroni leaves its PostgreSQL running when Patroni itself dies.
 */
export async function stopPostmaster(dataDir: string): Promise<void> {
  const pid = postmasterPid(dataDir);
  if (pid === null) return;
  try {
    process.kill(pid, 'SIGQUIT');
  } catch {
    return;
  }
  await waitFor(`PostgreSQL ${pid} to stop`, () => postmasterPid(dataDir) === null, 15_000, 100).catch(() => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  });
}

/** A new temporary folder the postgres user may pass through (mode 755: PostgreSQL runs as postgres under root). */
export function testFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(folder, 0o755);
  return folder;
}
