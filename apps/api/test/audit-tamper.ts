import pg from 'pg';

/**
 * Runs `work` on an owner connection in a transaction that holds the audit chain's lock (so no other test
 * file appends meanwhile), with the audit tables' append-only triggers off, and always rolls back: a test
 * can tamper with the log as someone with the owner role would, and nothing stays changed.
 */
export async function tamperInRollback<T>(ownerUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(7210531)');
    await client.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
    await client.query('ALTER TABLE audit_checkpoints DISABLE TRIGGER USER');
    return await work(client);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}

/** Rewrites every audit event's chain from scratch with PostgreSQL's unkeyed hash, as the owner could without the key. */
export const RECHAIN_WITHOUT_KEY = `
  DO $$
  DECLARE r record; prev text := NULL; h text;
  BEGIN
    FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
      h := audit_event_hash(prev, r.id, r.at, r.actor_id, r.actor_role, r.organisation_id, r.action, r.entity_type,
        r.entity_id, r.outcome, r.request_id, r.ip, r.detail);
      UPDATE audit_events SET prev_hash = prev, hash = h, key_id = NULL WHERE id = r.id;
      prev := h;
    END LOOP;
  END $$`;
