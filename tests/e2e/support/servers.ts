import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_URL, PARTNER_URL, POLICE_URL, PORTS, VICTIM_STATUS_URL } from './urls';

export const E2E_DIR = fileURLToPath(new URL('..', import.meta.url));
export const REPO_ROOT = path.resolve(E2E_DIR, '../..');
/**
 * Runs on other ports (E2E_*_PORT) keep their own logs and state, so two engineers can run the suite in
 * the same working tree at once without stopping each other's servers.
 */
const LOG_DIR = path.join(E2E_DIR, 'logs', String(PORTS.api));
/** What the current run started, so global teardown (or a later run) can stop it. */
const STATE_FILE = path.join(E2E_DIR, `.e2e-servers-${PORTS.api}.json`);

interface Started {
  name: string;
  pid: number;
  /** Part of the command line, checked before signalling so a reused pid is never touched. */
  marker: string;
}

interface RunState {
  /** The Playwright runner that started the servers. */
  runnerPid: number;
  servers: Started[];
  dataDir: string | null;
}

function writeState(state: RunState): void {
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
}

function readState(): RunState | null {
  if (!existsSync(STATE_FILE)) return null;
  try {
    return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as RunState;
  } catch {
    return null;
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** True when `pid` is still the server we started (same command line), not a process that reused the pid. */
function isOurs(server: Started): boolean {
  try {
    return readFileSync(`/proc/${server.pid}/cmdline`, 'utf8').includes(server.marker);
  } catch {
    return false;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends `signal` to the whole process group the server leads (the server and everything it started). */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops the process groups: SIGTERM, then SIGKILL after `graceMs`. */
async function stopGroups(all: Started[], graceMs = 15_000): Promise<void> {
  const servers = all.filter(isOurs);
  for (const server of servers) signalGroup(server.pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (servers.some((s) => alive(s.pid)) && Date.now() < deadline) await sleep(200);
  for (const server of servers) if (alive(server.pid)) signalGroup(server.pid, 'SIGKILL');
}

/** PostgreSQL left behind by a killed API: stop it by its pid file, then remove the data. */
function removeDataDir(dataDir: string | null): void {
  if (!dataDir || !existsSync(dataDir)) return;
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
      try {
        process.kill(pid, 'SIGQUIT');
      } catch {
        // ignore
      }
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
}

function start(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): ChildProcess {
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(path.join(LOG_DIR, `${name}.log`));
  // detached: the server leads its own process group, so stopping the group also stops what it started.
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

function logTail(name: string): string {
  const file = path.join(LOG_DIR, `${name}.log`);
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').split('\n').slice(-25).join('\n');
}

async function waitFor(name: string, url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} stopped before it was ready (exit ${child.exitCode ?? child.signalCode}). Its log:\n${logTail(name)}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${name} was not ready at ${url} after ${timeoutMs / 1000}s. Its log:\n${logTail(name)}`);
}

function requireBuilt(file: string, what: string): void {
  if (!existsSync(path.join(REPO_ROOT, file))) {
    throw new Error(`${what} is not built (${file} is missing). Run "npm run build" first; "npm test" at the root does it for you.`);
  }
}

/**
 * Starts a fresh API (with its own embedded PostgreSQL in a temporary folder, migrated and seeded with demo
 * data) and `vite preview` of the built police and partner apps, all on the e2e ports. Anything started is
 * stopped again if a later step fails.
 */
export async function startServers(): Promise<void> {
  // A previous run on these ports that was killed before its teardown: clean up after it.
  const previous = readState();
  if (previous && !alive(previous.runnerPid)) await stopServers();
  requireBuilt('apps/api/dist/dev/run-local.js', 'The API');
  requireBuilt('apps/police/dist/index.html', 'The police app');
  const partnerBuilt = existsSync(path.join(REPO_ROOT, 'apps/partner/dist/index.html'));
  const wanted = { api: PORTS.api, postgres: PORTS.postgres, notify: PORTS.notify, police: PORTS.police, ...(partnerBuilt ? { partner: PORTS.partner } : {}) };
  for (const [name, port] of Object.entries(wanted)) {
    if (await portInUse(port)) {
      throw new Error(`Port ${port} (${name}) is already in use. Stop what is using it, or choose another with E2E_${name === 'postgres' ? 'PG' : name.toUpperCase()}_PORT.`);
    }
  }

  // The data folder must be reachable by the "postgres" user when running as root: use the system temp dir.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lantern-e2e-pg-'));
  chmodSync(dataDir, 0o755);
  const state: RunState = { runnerPid: process.pid, servers: [], dataDir };
  writeState(state);
  const track = (name: string, marker: string, child: ChildProcess) => {
    if (child.pid) state.servers.push({ name, pid: child.pid, marker });
    writeState(state);
    return child;
  };
  try {
    const api = track(
      'api',
      'run-local.js',
      start('api', process.execPath, ['apps/api/dist/dev/run-local.js'], {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          API_PORT: String(PORTS.api),
          EMBEDDED_PG_PORT: String(PORTS.postgres),
          LANTERN_DATA_DIR: dataDir,
          LANTERN_THROWAWAY_DB: 'true',
          NOTIFY_STUB_PORT: String(PORTS.notify),
          VICTIM_STATUS_URL,
          LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        },
      }),
    );
    await waitFor('api', `${API_URL}/readyz`, api, 120_000);

    // --bypass-lock: Vite 8 refuses a second preview of the same app, and someone may be running one
    // (npm start, another engineer) in this working tree.
    const vite = path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
    const appEnv = { ...process.env, LANTERN_API_URL: API_URL };
    const police = track('police', 'vite.js', start('police', process.execPath, [vite, 'preview', '--port', String(PORTS.police), '--strictPort', '--bypass-lock'], { cwd: path.join(REPO_ROOT, 'apps/police'), env: appEnv }));
    const waits = [waitFor('police', POLICE_URL, police, 30_000)];
    if (partnerBuilt) {
      const partner = track('partner', 'vite.js', start('partner', process.execPath, [vite, 'preview', '--port', String(PORTS.partner), '--strictPort', '--bypass-lock'], { cwd: path.join(REPO_ROOT, 'apps/partner'), env: appEnv }));
      waits.push(waitFor('partner', PARTNER_URL, partner, 30_000));
    } else {
      console.warn('[e2e] apps/partner is not built: the partner app was not started; partner and victim specs will fail.');
    }
    await Promise.all(waits);
  } catch (error) {
    await stopServers();
    throw error;
  }
}

/** Stops everything the current (or an interrupted earlier) run started, and removes its database. */
export async function stopServers(): Promise<void> {
  const state = readState();
  if (!state) return;
  if (state.runnerPid !== process.pid && alive(state.runnerPid)) return; // another live run's servers
  await stopGroups(state.servers);
  removeDataDir(state.dataDir);
  rmSync(STATE_FILE, { force: true });
}

/** Last resort when the runner itself exits abruptly: signal the groups synchronously. */
export function stopServersNow(): void {
  const state = readState();
  if (!state || state.runnerPid !== process.pid) return;
  for (const server of state.servers.filter(isOurs)) signalGroup(server.pid, 'SIGTERM');
}
