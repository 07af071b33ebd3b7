import type pg from 'pg';
import stringify from 'safe-stable-stringify';
import type { AuditKeyring } from './audit-keys.js';
import { auditMac } from './audit-keys.js';

/** An audit event's chained content: every column but `hash`. Times are whole milliseconds. */
export interface ChainedEvent {
  readonly id: string;
  readonly at: Date;
  readonly actorId: string | null;
  readonly actorRole: string | null;
  readonly organisationId: string | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly outcome: string;
  readonly requestId: string | null;
  readonly ip: string | null;
  readonly detail: Readonly<Record<string, unknown>> | null;
  readonly prevHash: string | null;
  readonly keyId: string;
}

/** What an event's HMAC covers: its content, the previous event's hash and the key id, in a fixed order. */
export function eventMessage(e: ChainedEvent): string {
  return JSON.stringify([
    'event', e.prevHash, e.id, e.at.getTime(), e.actorId, e.actorRole, e.organisationId, e.action, e.entityType,
    e.entityId, e.outcome, e.requestId, e.ip, e.detail === null ? null : stringify(e.detail), e.keyId,
  ]);
}

/** A signed statement that the chain's newest event was `lastEventId` with `lastHash` at `at`. */
export interface Checkpoint {
  readonly at: Date;
  readonly lastEventId: string;
  readonly lastHash: string;
  readonly keyId: string;
}

/** What a checkpoint's signature covers. */
export function checkpointMessage(c: Checkpoint): string {
  return JSON.stringify(['checkpoint', c.lastEventId, c.lastHash, c.at.getTime(), c.keyId]);
}

/** Why the verifier stopped: the first problem found, at an event id (or a checkpoint's event id). */
export type ChainProblem =
  | 'content changed'
  | 'chain broken'
  | 'unknown key'
  | 'unkeyed event after keyed ones'
  | 'checkpoint forged'
  | 'truncated'
  | 'rewritten';

export interface ChainReport {
  readonly checked: number;
  readonly checkpoints: number;
  /** The newest event a valid checkpoint vouches for, if any: events after it are chained but not anchored. */
  readonly anchoredUpTo: string | null;
  /** The first event (or checkpointed event) found wrong, if any. */
  readonly brokenAt: { id: string; reason: ChainProblem } | null;
}

interface EventRow {
  id: string; at: Date; actor_id: string | null; actor_role: string | null; organisation_id: string | null; action: string;
  entity_type: string; entity_id: string | null; outcome: string; request_id: string | null; ip: string | null;
  detail: Record<string, unknown> | null; prev_hash: string | null; hash: string; key_id: string | null; legacy_ok: boolean;
}

const PAGE = 5000;

/**
 * Checks the whole audit log with the owner connection `client` and the audit keys: each event's HMAC
 * (rows from before the keyed chain, `key_id` null, by their unkeyed hash and only before any keyed row),
 * each link to the previous event (the first has none), and each checkpoint's signature and the event it
 * vouches for. Detects an edited event, a deleted event (anywhere up to the newest checkpoint), an inserted
 * event and a chain recomputed without the key. Events newer than the newest checkpoint are not anchored:
 * `anchoredUpTo` says how far the anchor reaches.
 */
export async function verifyAuditChain(client: pg.ClientBase, keys: AuditKeyring): Promise<ChainReport> {
  const checkpoints = await client.query<CheckpointRow>('SELECT at, last_event_id::text, last_hash, key_id, signature FROM audit_checkpoints ORDER BY id');
  const wanted = new Set(checkpoints.rows.map((row) => row.last_event_id));
  const hashes = new Map<string, string>();
  let newest: string | null = null;
  let checked = 0;
  let prev: string | null = null;
  let keyedSeen = false;
  let after = '0';
  const fail = (id: string, reason: ChainProblem) => ({ checked, checkpoints: 0, anchoredUpTo: null, brokenAt: { id, reason } });
  for (;;) {
    const { rows } = await client.query<EventRow>(
      `SELECT id::text, at, actor_id, actor_role, organisation_id, action, entity_type, entity_id, outcome, request_id, ip,
         detail, prev_hash, hash, key_id,
         key_id IS NULL AND hash = audit_event_hash(prev_hash, id, at, actor_id, actor_role, organisation_id, action,
           entity_type, entity_id, outcome, request_id, ip, detail) AS legacy_ok
       FROM audit_events WHERE id > $1 ORDER BY audit_events.id LIMIT ${PAGE}`,
      [after],
    );
    for (const row of rows) {
      checked += 1;
      if (row.prev_hash !== prev) return fail(row.id, 'chain broken');
      if (row.key_id === null) {
        if (keyedSeen) return fail(row.id, 'unkeyed event after keyed ones');
        if (!row.legacy_ok) return fail(row.id, 'content changed');
      } else {
        keyedSeen = true;
        const key = keys.byId.get(row.key_id);
        if (!key) return fail(row.id, 'unknown key');
        const expected = auditMac(key, eventMessage(toChained(row)));
        if (expected !== row.hash) return fail(row.id, 'content changed');
      }
      prev = row.hash;
      newest = row.id;
      if (wanted.has(row.id)) hashes.set(row.id, row.hash);
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1].id;
  }
  return checkCheckpoints(checkpoints.rows, keys, hashes, newest, checked);
}

interface CheckpointRow { at: Date; last_event_id: string; last_hash: string; key_id: string; signature: string }

function checkCheckpoints(rows: CheckpointRow[], keys: AuditKeyring, hashes: Map<string, string>, newest: string | null, checked: number): ChainReport {
  let anchoredUpTo: string | null = null;
  for (const row of rows) {
    const checkpoint: Checkpoint = { at: row.at, lastEventId: row.last_event_id, lastHash: row.last_hash, keyId: row.key_id };
    const key = keys.byId.get(row.key_id);
    const brokenAt = (reason: ChainProblem) => ({ checked, checkpoints: rows.length, anchoredUpTo, brokenAt: { id: row.last_event_id, reason } });
    if (!key || auditMac(key, checkpointMessage(checkpoint)) !== row.signature) return brokenAt('checkpoint forged');
    const hash = hashes.get(row.last_event_id);
    if (hash === undefined) return brokenAt(newest === null || BigInt(row.last_event_id) > BigInt(newest) ? 'truncated' : 'rewritten');
    if (hash !== row.last_hash) return brokenAt('rewritten');
    if (anchoredUpTo === null || BigInt(row.last_event_id) > BigInt(anchoredUpTo)) anchoredUpTo = row.last_event_id;
  }
  return { checked, checkpoints: rows.length, anchoredUpTo, brokenAt: null };
}

function toChained(row: EventRow): ChainedEvent {
  return {
    id: row.id, at: row.at, actorId: row.actor_id, actorRole: row.actor_role, organisationId: row.organisation_id,
    action: row.action, entityType: row.entity_type, entityId: row.entity_id, outcome: row.outcome, requestId: row.request_id,
    ip: row.ip, detail: row.detail, prevHash: row.prev_hash, keyId: row.key_id!,
  };
}
