/**
 * Benchmark (measures and prints; asserts nothing): latency of the busiest reads and of creating drafts,
 * against a real PostgreSQL with a few thousand referrals. Run: `npm run bench -w @lantern/api` (vitest only
 * hosts it, for decorator support; it is not part of the test suite).
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { appUrlFrom, sessionUrlFrom, loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { migrate } from '../src/database/migrate.js';
import { startApi } from '../src/app.js';
import { startEmbeddedDatabase } from '../src/dev/embedded-database.js';
import { startNotifyStub } from '../src/dev/notify-stub.js';
import { DEV_NOTIFY_API_KEY } from '../src/config.js';
import { GraphQLClient } from '../test/graphql-client.js';
import { createTenancy } from '../test/tenancy.js';
import { draftInput, mutations, queries } from '../test/referral-steps.js';
import { test } from 'vitest';

const REFERRALS = Number(process.env.BENCH_REFERRALS ?? 2000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);

async function timed(label: string, count: number, run: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const i = next++;
        const t = performance.now();
        await run(i);
        times.push(performance.now() - t);
      }
    }),
  );
  const total = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`${label.padEnd(34)} ${count} requests, ${CONCURRENCY} at once: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms, ${(count / total).toFixed(0)} req/s`);
}

test('referral API latency', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'lantern-bench-'));
  chmodSync(folder, 0o755);
  const database = await startEmbeddedDatabase(path.join(folder, 'pg'), Number(process.env.BENCH_PG_PORT ?? 54390), { throwaway: true });
  const notify = await startNotifyStub(0, DEV_NOTIFY_API_KEY);
  try {
    await migrate(database.url, appUrlFrom(database.url, 'bench-password'), sessionUrlFrom(database.url, 'bench-session-password'));
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, APP_DB_PASSWORD: 'bench-password', SESSION_DB_PASSWORD: 'bench-session-password', NOTIFY_BASE_URL: notify.url });
    const api = await startApi(config, createLogger('silent'), 0);
    const tenancy = await createTenancy(database.url);
    const officer = await new GraphQLClient(api.url).signIn(tenancy.users.officer.email);

    await timed('createReferral (draft)', REFERRALS, (i) =>
      officer.ok(mutations.createReferral, { input: draftInput(tenancy, { crimeReference: `BENCH/${i}/${randomUUID().slice(0, 4)}` }) }),
    );
    const page = await officer.ok(queries.referrals, { first: 100 });
    const ids: string[] = page.referrals.edges.map((e: { node: { id: string } }) => e.node.id);
    await timed('referrals(first: 25) newest', REQUESTS, () => officer.ok(queries.referrals, { first: 25 }));
    await timed('referrals search by victim name', REQUESTS, () => officer.ok(queries.referrals, { first: 25, filter: { search: 'Test' } }));
    await timed('referrals sorted by priority', REQUESTS, () => officer.ok(queries.referrals, { first: 25, sort: 'PRIORITY' }));
    await timed('referral(id) with timeline', REQUESTS, (i) => officer.ok(queries.referral, { id: ids[i % ids.length] }));

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const audit = await client.query<{ count: string }>('SELECT count(*) FROM audit_events');
    await client.end();
    const memory = process.memoryUsage();
    console.log(`audit events written: ${audit.rows[0].count}; API process RSS ${(memory.rss / 1048576).toFixed(0)} MB, heap ${(memory.heapUsed / 1048576).toFixed(0)} MB`);
    await api.close();
  } finally {
    await notify.close();
    await database.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});
