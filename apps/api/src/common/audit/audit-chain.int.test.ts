import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../database/data-source.js';
import { useFixture } from '../../../test/session-fixture.js';
import { useOwnerDb } from '../../../test/owner-db.js';
import { tamperInRollback } from '../../../test/audit-tamper.js';
import { createDraft, queries } from '../../../test/referral-steps.js';
import { verifyAuditChain } from './audit-chain.js';
import { auditKeyring } from './audit-keys.js';

const f = useFixture();
const db = useOwnerDb(f);
/** The application role's own connection, as the API has. */
let app: DataSource;
beforeAll(async () => {
  app = await createDataSource(f.api.config.appDatabaseUrl, { poolSize: 2 }).initialize();
});
afterAll(async () => {
  await app?.destroy();
});

describe('the audit log', () => {
  it('records reads and writes of a referral with who, what and the request', async () => {
    const referral = await createDraft(f.as.officer, f.tenancy);
    await f.as.officer.ok(queries.referral, { id: referral.id });
    const rows = await db.query<{ action: string; actor_id: string | null; outcome: string; request_id: string | null; key_id: string }>(
      'SELECT action, actor_id, outcome, request_id, key_id FROM audit_events WHERE entity_id = $1 ORDER BY id',
      [referral.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['CREATE', 'READ']);
    expect(rows.every((r) => r.actor_id === f.tenancy.users.officer.id && r.outcome === 'ALLOWED' && r.request_id)).toBe(true);
    expect(rows.every((r) => r.key_id === auditKeyring(f.api.config).signing.id)).toBe(true);
  });

  it('keeps the caller address only as a keyed hash that links one address’s events', async () => {
    const referral = await createDraft(f.as.officer, f.tenancy);
    const rows = await db.query<{ ip: string }>('SELECT ip FROM audit_events WHERE entity_id = $1', [referral.id]);
    expect(rows[0].ip).toBe(f.api.services.audit.addressHash(f.address));
    expect(rows[0].ip).not.toContain(f.address);
  });

  it('appends several events in one call, chained in order, and the verifier finds the log intact', async () => {
    const actor = { viewer: null, requestId: 'req-many', ip: null };
    await f.api.services.audit.recordMany(app.manager, actor, [
      { action: 'READ', entityType: 'test', entityId: 'many-1' },
      { action: 'READ', entityType: 'test', entityId: 'many-2' },
      { action: 'READ', entityType: 'test', entityId: 'many-3' },
    ]);
    const rows = await db.query<{ id: string; entity_id: string; prev_hash: string; hash: string }>(
      `SELECT id, entity_id, prev_hash, hash FROM audit_events WHERE request_id = 'req-many' ORDER BY id`,
    );
    expect(rows.map((r) => r.entity_id)).toEqual(['many-1', 'many-2', 'many-3']);
    expect(rows[1].prev_hash).toBe(rows[0].hash);
    expect(rows[2].prev_hash).toBe(rows[1].hash);
    const report = await tamperInRollback(f.api.ownerUrl, (client) => verifyAuditChain(client, auditKeyring(f.api.config)));
    expect(report.brokenAt).toBeNull();
  });

  it('refuses an entry whose detail is not ids and codes, and writes nothing', async () => {
    const before = await db.count('SELECT count(*) FROM audit_events');
    const actor = { viewer: null, requestId: 'req-detail', ip: null };
    await expect(
      f.api.services.audit.record(app.manager, actor, { action: 'READ', entityType: 'test', detail: { name: 'Hannah Wright' } }),
    ).rejects.toThrow(/not an id or a code/);
    expect(await db.count(`SELECT count(*) FROM audit_events WHERE request_id = 'req-detail'`)).toBe(0);
    expect(await db.count('SELECT count(*) FROM audit_events')).toBeGreaterThanOrEqual(before);
  });
});
