// Runs the whole product locally: PostgreSQL (embedded unless DATABASE_URL is set), the API with demo data,
// and both apps, then prints where to go and how to sign in. Ctrl-C stops everything it started.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Every variable is checked (by the API's table, docs/configuration.md) before anything starts.
const { loadLocalRunConfig } = await import('../apps/api/dist/config.js');
let apiPort;
try {
  apiPort = loadLocalRunConfig().apiPort;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const apiUrl = `http://localhost:${apiPort}`;
const children = [];

function run(name, command, args, options = {}) {
  const child = spawn(command, args, {
    cwd: options.cwd ?? root,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  const prefix = (line) => `[${name}] ${line}`;
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) {
        if (line.trim()) console.log(prefix(line));
        options.onLine?.(line);
      }
    });
  }
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(prefix(`stopped unexpectedly (exit code ${code}); stopping Lantern`));
      void stop(1);
    }
  });
  return child;
}

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  // Apps first, the API last. The apps' whole process groups stop; the API process alone is asked to stop,
  // so it closes its connections before it stops its PostgreSQL.
  for (const child of [...children].reverse()) {
    if (child.exitCode !== null) continue;
    try {
      process.kill(child === children[0] ? child.pid : -child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

await new Promise((resolve) => {
  run('api', process.execPath, ['apps/api/dist/dev/run-local.js'], {
    env: { API_PORT: String(apiPort) },
    onLine: (line) => line.includes('Lantern API ready') && resolve(),
  });
});

const vite = path.join(root, 'node_modules/vite/bin/vite.js');
for (const [name, port] of [['police', 5173], ['partner', 5174]]) {
  run(name, process.execPath, [vite, 'preview', '--port', String(port), '--strictPort', '--host', 'localhost'], {
    cwd: path.join(root, 'apps', name),
    env: { LANTERN_API_URL: apiUrl },
  });
}

console.log(`
Lantern is running.
  Police app:   http://localhost:5173
  Partner app:  http://localhost:5174   (victims' status page: /status.html, opened from a link an officer issues)
  API:          ${apiUrl}/graphql   (health: ${apiUrl}/healthz, ready: ${apiUrl}/readyz)

Demo sign-ins, all with the password Lantern-demo-2026!
  officer@eastshire.police.test       police officer, Eastshire Police
  supervisor@eastshire.police.test    police supervisor, Eastshire Police
  officer@westshire.police.test       police officer, Westshire Police
  manager@eastshire-advocacy.test     service manager, Eastshire Stalking Advocacy Service
  advocate@eastshire-advocacy.test    advocate, Eastshire Stalking Advocacy Service
  advocate2@eastshire-advocacy.test   advocate, Eastshire Stalking Advocacy Service
  manager@westshire-advocacy.test     service manager, Westshire Advocacy

Press Ctrl-C to stop.
`);
