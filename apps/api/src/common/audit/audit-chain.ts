import type pg from 'pg';

export interface ChainReport {
  readonly checked: number;
  /** The first event whose hash or link to the previous event does not match, if any. */
  readonly brokenAt: { id: string; reason: 'content changed' | 'chain broken' } | null;
}

/** Recomputes every audit event's hash in order: an edited, inserted or deleted event breaks the chain. */
export async function verifyAuditChain(client: pg.ClientBase): Promise<ChainReport> {
  const { rows } = await client.query<{ id: string; content_ok: boolean; link_ok: boolean }>(`
    SELECT id,
      hash = audit_event_hash(prev_hash, id, at, actor_id, actor_role, organisation_id, action, entity_type, entity_id,
        outcome, request_id, ip, detail) AS content_ok,
      prev_hash IS NOT DISTINCT FROM lag(hash) OVER (ORDER BY id) AS link_ok
    FROM audit_events ORDER BY id`);
  const broken = rows.find((row) => !row.content_ok || !row.link_ok);
  return {
    checked: rows.length,
    brokenAt: broken ? { id: broken.id, reason: broken.content_ok ? 'chain broken' : 'content changed' } : null,
  };
}
