import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiInstance } from './api-instance.js';
import { skipWithoutBinaries } from './binaries.js';
import { postgresFolder, testFolder } from './processes.js';
import { startPostgres } from './postgres-server.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const skip = skipWithoutBinaries(['postgresql-15']);

/** Runs a root npm script with `env`, returning its status and output. */
function npmRun(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function rows(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

const REFERRALS = 'SELECT to_jsonb(r) AS row FROM referrals r ORDER BY id';
const AUDIT = 'SELECT to_jsonb(a) AS row FROM audit_events a ORDER BY id';

describe.skipIf(skip)('npm run backup and npm run restore', () => {
  const folder = testFolder('lantern-backup-');
  let server: Awaited<ReturnType<typeof startPostgres>>;

  beforeAll(async () => {
    server = await startPostgres(postgresFolder(path.join(folder, 'pg')), 5440);
    await rows(server.url('postgres'), 'CREATE DATABASE lantern');
    // The API migrates the empty database and loads the demo data (referrals in every state, audited).
    const api = await startApiInstance('api-seed', 4201, server.url('lantern'), folder, { SEED_DEMO_DATA: 'true' });
    await api.stop();
  }, 150_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('round-trips the seeded database: every referral, every audit row and an intact audit chain', async () => {
    const source = server.url('lantern');
    const restored = server.url('lantern_restored');
    const referrals = await rows(source, REFERRALS);
    const audit = await rows(source, AUDIT);
    expect(referrals.length).toBeGreaterThan(0);
    expect(audit.length).toBeGreaterThan(0);
    const file = path.join(folder, 'lantern.dump');

    const backup = npmRun('backup', ['--file', file], { DATABASE_URL: source });
    expect(backup.status, backup.output).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(0);
    const restore = npmRun('restore', ['--file', file], { DATABASE_URL: restored });
    expect(restore.status, restore.output).toBe(0);

    expect(await rows(restored, REFERRALS)).toEqual(referrals);
    expect(await rows(restored, AUDIT)).toEqual(audit);
    const verify = spawnSync('node', [path.join(ROOT, 'apps/api/dist/verify-audit.js')], { env: { ...process.env, DATABASE_URL: restored, NODE_ENV: 'development' }, encoding: 'utf8' });
    expect(verify.status, `${verify.stdout}${verify.stderr}`).toBe(0);
    expect(verify.stdout).toContain(`Audit log intact: ${audit.length} events checked`);
  });

  it('refuses to restore over a database that already has tables, and changes nothing there', async () => {
    const source = server.url('lantern');
    const before = await rows(source, REFERRALS);
    const file = path.join(folder, 'again.dump');
    expect(npmRun('backup', ['--file', file], { DATABASE_URL: source }).status).toBe(0);

    const restore = npmRun('restore', ['--file', file], { DATABASE_URL: source });

    expect(restore.status).not.toBe(0);
    expect(restore.output).toContain('already has');
    expect(await rows(source, REFERRALS)).toEqual(before);
  });
});
