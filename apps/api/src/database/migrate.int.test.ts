import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { appUrlFrom, sessionUrlFrom } from '../config.js';
import { MIGRATIONS } from './data-source.js';
import { migrate } from './migrate.js';
import { ensureApplicationRole, ensureDatabase } from './roles.js';

const TEST_APP_PASSWORD = 'lantern-app-test-password';
const TEST_SESSION_PASSWORD = 'lantern-session-test-password';

/** A URL for a brand-new, empty database on the test server, dropped after the file. */
function freshDatabaseUrl(tag: string): string {
  const url = new URL(inject('databaseUrl'));
  url.pathname = `/lantern_${tag}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return url.toString();
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>, database = 'postgres'): Promise<T> {
  const url = new URL(inject('databaseUrl'));
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const created: string[] = [];
afterAll(async () => {
  for (const name of created) await onServer((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
});

describe('migrations started by several replicas at once', () => {
  it('three migrate runs started together on an empty database all succeed and apply each migration once', async () => {
    const url = freshDatabaseUrl('race');
    const name = new URL(url).pathname.slice(1);
    created.push(name);
    await ensureDatabase(url);

    const results = await Promise.allSettled([1, 2, 3].map(() => migrate(url, appUrlFrom(url, TEST_APP_PASSWORD), sessionUrlFrom(url, TEST_SESSION_PASSWORD))));

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    const applied = await onServer(async (c) => (await c.query<{ name: string }>('SELECT name FROM migrations ORDER BY id')).rows, name);
    expect(applied.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
    const queues = await onServer(async (c) => (await c.query("SELECT name FROM pgboss.queue WHERE name = 'notifications'")).rowCount, name);
    expect(queues).toBe(1);
    const locksLeft = await onServer(
      async (c) => (await c.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = $1)", [name])).rowCount,
    );
    expect(locksLeft).toBe(0);
  });

  it('a later start finds nothing pending and changes nothing', async () => {
    const url = freshDatabaseUrl('again');
    const name = new URL(url).pathname.slice(1);
    created.push(name);
    await ensureDatabase(url);
    await migrate(url, appUrlFrom(url, TEST_APP_PASSWORD), sessionUrlFrom(url, TEST_SESSION_PASSWORD));
    const before = await onServer(async (c) => (await c.query<Record<string, unknown>>('SELECT id, name, timestamp FROM migrations ORDER BY id')).rows, name);

    await migrate(url, appUrlFrom(url, TEST_APP_PASSWORD), sessionUrlFrom(url, TEST_SESSION_PASSWORD));

    const after = await onServer(async (c) => (await c.query<Record<string, unknown>>('SELECT id, name, timestamp FROM migrations ORDER BY id')).rows, name);
    expect(after).toEqual(before);
  });
});

describe('an application role managed outside Lantern', () => {
  it('is left as it is when the owner may not alter it, as with CloudNativePG managed roles', async () => {
    const owner = `lantern_owner_${Math.random().toString(36).slice(2, 8)}`;
    await onServer((c) => c.query(`CREATE ROLE ${owner} LOGIN CREATEROLE PASSWORD 'owner-test-password'`));
    try {
      const ownerUrl = new URL(inject('databaseUrl'));
      ownerUrl.username = owner;
      ownerUrl.password = 'owner-test-password';
      const before = await onServer(async (c) => (await c.query<{ rolpassword: string }>("SELECT rolpassword FROM pg_authid WHERE rolname = 'lantern_app'")).rows[0]);

      await ensureApplicationRole(ownerUrl.toString(), appUrlFrom(ownerUrl.toString(), 'a-different-password'));

      const after = await onServer(async (c) => (await c.query<{ rolpassword: string }>("SELECT rolpassword FROM pg_authid WHERE rolname = 'lantern_app'")).rows[0]);
      expect(after).toEqual(before);
    } finally {
      await onServer((c) => c.query(`DROP ROLE ${owner}`));
    }
  });
});
