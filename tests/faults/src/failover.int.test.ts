import { rmSync } from 'node:fs';
import { hashSecret } from '@lantern/api/dist/common/auth/password.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startApiInstance } from './api-instance.js';
import { skipWithoutBinaries } from './binaries.js';
import { runLoad } from './load.js';
import { PatroniCluster } from './patroni-cluster.js';
import { testFolder, waitFor } from './processes.js';

const PASSWORD = 'Failover-test-2026!';
const skip = skipWithoutBinaries(['postgresql-15', 'patroni', 'etcd-server', 'haproxy']);

describe.skipIf(skip)('the primary PostgreSQL dies under load', () => {
  const folder = testFolder('lantern-ha-');
  const cluster = new PatroniCluster(folder);
  const apis: Awaited<ReturnType<typeof startApiInstance>>[] = [];

  beforeAll(async () => {
    await cluster.start();
    await cluster.query('CREATE DATABASE lantern');
    // Both APIs start at once on the empty database and run the migrations (one waits for the other's lock).
    apis.push(...(await Promise.all([4101, 4102].map((port, i) => startApiInstance(`api${i + 1}`, port, cluster.url('lantern'), folder)))));
  }, 150_000);

  afterAll(async () => {
    await Promise.all(apis.map((api) => api.stop()));
    await cluster.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps every acknowledged write, duplicates none, and both APIs take writes again by themselves', async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const area = `Failover area ${tag}`;
    const [org] = await cluster.query<{ id: string }>(
      `INSERT INTO organisations (kind, name, code, areas, services_offered) VALUES ('POLICE_FORCE', $1, $2, $3, '{}') RETURNING id`,
      [`Failover force ${tag}`, `F${tag.toUpperCase()}`, [area]],
      'lantern',
    );
    const email = `failover-officer-${tag}@example.test`;
    await cluster.query(`INSERT INTO users (organisation_id, email, name, role, password_hash) VALUES ($1, $2, 'Failover officer', 'OFFICER', $3)`, [org.id, email, await hashSecret(PASSWORD)], 'lantern');
    const clients = apis.map((api) => new Client(api.url));
    for (const client of clients) await client.signIn(email, PASSWORD);

    const load = runLoad(clients, area);
    await waitFor('writes before the failure', () => load.result.acknowledged.length >= 20, 20_000).catch((error: Error) => {
      throw new Error(`${error.message}; first refusals: ${JSON.stringify(load.result.refusals.slice(0, 3))}`);
    });
    const oldPrimary = await cluster.primary();
    expect(oldPrimary).toBeDefined();
    const killedAt = Date.now();
    await cluster.killMember(oldPrimary!);
    // Writes are refused until a standby is promoted and HAProxy routes to it; recovery counts once 20
    // writes in a row were acknowledged after the last refusal.
    const lastRefusal = () => Math.max(killedAt, ...load.result.refusals.map((r) => r.at));
    await waitFor('20 writes acknowledged after the last refusal', () => load.result.acknowledged.filter((w) => w.at > lastRefusal()).length >= 20, 60_000, 100);
    const result = await load.stop();

    const newPrimary = await cluster.primary();
    const refusedAfterKill = result.refusals.filter((r) => r.at >= killedAt);
    const firstRefused = refusedAfterKill[0]?.at ?? killedAt;
    const resumedAt = Math.min(...result.acknowledged.filter((w) => w.at > lastRefusal()).map((w) => w.at));
    const reasons = [...new Set(refusedAfterKill.map((r) => r.reason.replace(/\s+""$/, '').slice(0, 50)))];
    console.log(
      `Failover: ${oldPrimary!.name} killed, ${newPrimary?.name ?? 'none'} promoted. Writes refused from ${firstRefused - killedAt} ms to ` +
        `${lastRefusal() - killedAt} ms after the kill (${lastRefusal() - firstRefused} ms); first write after that acknowledged at ${resumedAt - killedAt} ms. ` +
        `${refusedAfterKill.length} refused attempts (${reasons.join('; ')}), each retried with its idempotency key. ` +
        `${result.acknowledged.length} writes acknowledged (${result.acknowledged.filter((w) => w.at <= killedAt).length} before the kill), ${result.unfinished.length} unanswered at the end.`,
    );

    expect(newPrimary).toBeDefined();
    expect(newPrimary!.name).not.toBe(oldPrimary!.name);
    const ids = result.acknowledged.map((w) => w.id);
    const stored = await cluster.query<{ id: string }>('SELECT id FROM referrals WHERE id = ANY($1::uuid[])', [ids], 'lantern');
    expect(stored.length, 'acknowledged writes missing after the failover').toBe(ids.length);
    const duplicated = await cluster.query<{ crime_reference: string }>(
      `SELECT crime_reference FROM referrals WHERE crime_reference LIKE 'HA/%' GROUP BY crime_reference HAVING count(*) > 1`,
      [],
      'lantern',
    );
    expect(duplicated).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    // Each API answered after the failure without being restarted.
    for (const api of apis) {
      expect(api.process.child.exitCode).toBeNull();
      await waitFor(`${api.url} ready`, async () => (await fetch(`${api.url}/readyz`)).ok, 10_000);
    }
  });
});
