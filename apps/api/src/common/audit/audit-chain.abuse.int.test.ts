import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECHAIN_WITHOUT_KEY, tamperInRollback } from '../../../test/audit-tamper.js';
import { useOwnerDb } from '../../../test/owner-db.js';
import { createDraft, queries } from '../../../test/referral-steps.js';
import { useFixture } from '../../../test/session-fixture.js';
import { createDataSource } from '../../database/data-source.js';
import { appendAnchor, checkAnchorFile } from './audit-anchor-file.js';
import { verifyAuditChain } from './audit-chain.js';
import { auditKeyring } from './audit-keys.js';

const f = useFixture();
const db = useOwnerDb(f);
let app: DataSource;
beforeAll(async () => {
  app = await createDataSource(f.api.config.appDatabaseUrl, { poolSize: 2 }).initialize();
  const referral = await createDraft(f.as.officer, f.tenancy);
  await f.as.officer.ok(queries.referral, { id: referral.id });
});
afterAll(async () => {
  await app?.destroy();
});

const keys = () => auditKeyring(f.api.config);
const verify = (client: pg.ClientBase) => verifyAuditChain(client, keys());
/** The log as it stands, checked without changing anything. */
const verifyNow = () => tamperInRollback(f.api.ownerUrl, verify);
/** A checkpoint of the newest event, as the scheduled job writes it; its event id. */
const checkpoint = async () => (await f.api.services.audit.checkpoint(app.manager))!;
const newestId = async (client: pg.ClientBase) => (await client.query<{ id: string }>('SELECT max(id)::text AS id FROM audit_events')).rows[0].id;

describe('tampering with the audit log', () => {
  it('is detected when the owner edits one event', async () => {
    const result = await tamperInRollback(f.api.ownerUrl, async (client) => {
      const id = await newestId(client);
      await client.query(`UPDATE audit_events SET action = 'TAMPERED' WHERE id = $1`, [id]);
      return { id, report: await verify(client) };
    });
    expect(result.report.brokenAt).toEqual({ id: result.id, reason: 'content changed' });
    expect((await verifyNow()).brokenAt).toBeNull();
  });

  it('is detected when the owner deletes an event in the middle', async () => {
    const result = await tamperInRollback(f.api.ownerUrl, async (client) => {
      const { rows } = await client.query<{ id: string; next: string }>(
        `SELECT id::text, (SELECT min(id)::text FROM audit_events n WHERE n.id > e.id) AS next FROM audit_events e ORDER BY e.id LIMIT 1 OFFSET 2`,
      );
      await client.query('DELETE FROM audit_events WHERE id = $1', [rows[0].id]);
      return { next: rows[0].next, report: await verify(client) };
    });
    expect(result.report.brokenAt).toEqual({ id: result.next, reason: 'chain broken' });
    expect((await verifyNow()).brokenAt).toBeNull();
  });

  it('is detected when the owner cuts the newest events back past a checkpoint', async () => {
    const anchored = await checkpoint();
    const report = await tamperInRollback(f.api.ownerUrl, async (client) => {
      await client.query('DELETE FROM audit_events WHERE id >= $1', [anchored]);
      return verify(client);
    });
    expect(report.brokenAt).toEqual({ id: anchored, reason: 'truncated' });
    const after = await verifyNow();
    expect(after.brokenAt).toBeNull();
    expect(BigInt(after.anchoredUpTo!)).toBeGreaterThanOrEqual(BigInt(anchored));
  });

  it('is detected when the owner recomputes the whole chain with a key of their own', async () => {
    await checkpoint();
    const result = await tamperInRollback(f.api.ownerUrl, async (client) => {
      const first = (await client.query<{ id: string }>('SELECT min(id)::text AS id FROM audit_events')).rows[0].id;
      await client.query(RECHAIN_WITHOUT_KEY);
      // The rows now carry the unkeyed hashes; claim the signing key id for them, as a forger would.
      await client.query('UPDATE audit_events SET key_id = $1', [keys().signing.id]);
      return { first, report: await verify(client) };
    });
    expect(result.report.brokenAt).toEqual({ id: result.first, reason: 'content changed' });
    expect((await verifyNow()).brokenAt).toBeNull();
  });

  it('is detected when the owner recomputes the whole chain as an unkeyed one', async () => {
    const anchored = await checkpoint();
    const report = await tamperInRollback(f.api.ownerUrl, async (client) => {
      await client.query(`UPDATE audit_events SET action = 'TAMPERED' WHERE id = (SELECT min(id) FROM audit_events)`);
      await client.query(RECHAIN_WITHOUT_KEY);
      return verify(client);
    });
    expect(report.brokenAt?.reason).toBe('rewritten');
    expect(BigInt(report.brokenAt!.id)).toBeLessThanOrEqual(BigInt(anchored));
    expect((await verifyNow()).brokenAt).toBeNull();
  });

  it('is detected through the anchor file when the owner cuts the newest events and checkpoints together', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'anchor-')), 'audit-anchor.jsonl');
    const anchored = await tamperInRollback(f.api.ownerUrl, (client) => appendAnchor(client, file));
    const result = await tamperInRollback(f.api.ownerUrl, async (client) => {
      await client.query('DELETE FROM audit_checkpoints WHERE last_event_id >= $1', [anchored]);
      await client.query('DELETE FROM audit_events WHERE id >= $1', [anchored]);
      return { report: await verify(client), anchor: await checkAnchorFile(client, file) };
    });
    expect(result.report.brokenAt).toBeNull();
    expect(result.anchor).toEqual({ anchoredId: anchored, problem: 'truncated' });
    expect(await tamperInRollback(f.api.ownerUrl, (client) => checkAnchorFile(client, file))).toEqual({ anchoredId: anchored, problem: null });
  });

  it('is detected when an event is forged through the application role’s insert right', async () => {
    const before = await db.count('SELECT count(*) FROM audit_events');
    const report = await tamperInRollback(f.api.ownerUrl, async (client) => {
      await client.query(`INSERT INTO audit_events (id, action, entity_type, outcome, prev_hash, hash, key_id)
        SELECT max(id) + 1, 'READ', 'referral', 'ALLOWED', (SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1), repeat('0', 64), $1 FROM audit_events`, [keys().signing.id]);
      return verify(client);
    });
    expect(report.brokenAt?.reason).toBe('content changed');
    expect(await db.count('SELECT count(*) FROM audit_events')).toBeGreaterThanOrEqual(before);
    expect((await verifyNow()).brokenAt).toBeNull();
  });
});

describe('the application role and the audit tables', () => {
  const asApp = async (sql: string) => {
    const client = new pg.Client({ connectionString: f.api.config.appDatabaseUrl });
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  };

  it.each([
    ['update an event', `UPDATE audit_events SET action = 'X'`],
    ['delete an event', 'DELETE FROM audit_events'],
    ['truncate the events', 'TRUNCATE audit_events'],
    ['read the events', 'SELECT count(*) FROM audit_events'],
    ['update a checkpoint', `UPDATE audit_checkpoints SET last_hash = 'X'`],
    ['delete a checkpoint', 'DELETE FROM audit_checkpoints'],
    ['truncate the checkpoints', 'TRUNCATE audit_checkpoints'],
    ['take an event id out of turn', `SELECT nextval('audit_events_id_seq')`],
  ])('cannot %s, and nothing changes', async (_what, sql) => {
    await checkpoint();
    const before = await db.one<{ events: string; checkpoints: string }>(
      'SELECT (SELECT count(*) FROM audit_events) AS events, (SELECT count(*) FROM audit_checkpoints) AS checkpoints',
    );
    await expect(asApp(sql)).rejects.toThrow(/permission denied/);
    const after = await db.one<{ events: string; checkpoints: string }>(
      'SELECT (SELECT count(*) FROM audit_events) AS events, (SELECT count(*) FROM audit_checkpoints) AS checkpoints',
    );
    expect(BigInt(after.events)).toBeGreaterThanOrEqual(BigInt(before.events));
    expect(after.checkpoints).toBe(before.checkpoints);
    expect((await verifyNow()).brokenAt).toBeNull();
  });

  it('leaves the owner unable to truncate the log while its triggers stand', async () => {
    const before = await db.count('SELECT count(*) FROM audit_events');
    await expect(db.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE audit_checkpoints')).rejects.toThrow(/append-only/);
    expect(await db.count('SELECT count(*) FROM audit_events')).toBeGreaterThanOrEqual(before);
  });
});
