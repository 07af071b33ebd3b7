import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useFixture } from '../../../test/session-fixture.js';
import { createDraft, queries } from '../../../test/referral-steps.js';
import { verifyAuditChain } from './audit-chain.js';

const f = useFixture();

async function owner<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: f.api.ownerUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('the audit log', () => {
  it('records reads and writes of a referral with who, what and the request', async () => {
    const referral = await createDraft(f.as.officer, f.tenancy);
    await f.as.officer.ok(queries.referral, { id: referral.id });
    const rows = await owner((c) =>
      c.query<{ action: string; actor_id: string | null; outcome: string; request_id: string | null }>(
        'SELECT action, actor_id, outcome, request_id FROM audit_events WHERE entity_id = $1 ORDER BY id',
        [referral.id],
      ),
    );
    expect(rows.rows.map((r) => r.action)).toEqual(['CREATE', 'READ']);
    expect(rows.rows.every((r) => r.actor_id === f.tenancy.users.officer.id && r.outcome === 'ALLOWED' && r.request_id)).toBe(true);
  });

  it('cannot be changed or deleted by the API, and an edit by the owner breaks the verified chain', async () => {
    await createDraft(f.as.officer, f.tenancy);
    const app = new pg.Client({ connectionString: f.api.config.appDatabaseUrl });
    await app.connect();
    try {
      await expect(app.query(`UPDATE audit_events SET action = 'X' WHERE id = (SELECT max(id) FROM audit_events)`)).rejects.toThrow();
      await expect(app.query(`DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)`)).rejects.toThrow();
    } finally {
      await app.end();
    }
    // Run the check on a copy of the log, so other test files writing audit events meanwhile cannot interfere.
    await owner(async (client) => {
      await client.query('BEGIN');
      try {
        expect((await verifyAuditChain(client)).brokenAt).toBeNull();
        await client.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
        const { rows } = await client.query<{ id: string }>(`SELECT max(id) AS id FROM audit_events`);
        await client.query(`UPDATE audit_events SET action = 'TAMPERED' WHERE id = $1`, [rows[0].id]);
        expect((await verifyAuditChain(client)).brokenAt).toEqual({ id: String(rows[0].id), reason: 'content changed' });
      } finally {
        await client.query('ROLLBACK');
      }
    });
  });
});
