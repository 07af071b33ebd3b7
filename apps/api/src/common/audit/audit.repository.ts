import type { EntityManager } from 'typeorm';
import type { AuditOutcome } from '../vocabularies.js';
import { auditMac, type AuditKeyring } from './audit-keys.js';
import { checkpointMessage, eventMessage, type ChainedEvent } from './audit-chain.js';

/** An audit event as a service hands it over; the repository adds the id, the time and the keyed chain. */
export interface AuditRow {
  readonly actorId: string | null;
  readonly actorRole: string | null;
  readonly organisationId: string | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly outcome: AuditOutcome;
  readonly requestId: string;
  /** A keyed hash of the caller's address (see AuditService), never the address itself. */
  readonly ip: string | null;
  readonly detail: Readonly<Record<string, unknown>> | null;
}

const COLUMNS = 15;

/**
 * The only writer of `audit_events` and `audit_checkpoints`, which the application role may append to and
 * never read, change, delete or truncate. Appends hold the chain's advisory lock (taken by
 * `audit_chain_reserve`) until the caller's transaction ends: audited writes are serialised, one transaction
 * at a time, which is why a request should append its events in one call.
 */
export class AuditRepository {
  constructor(private readonly keys: AuditKeyring) {}

  /** Appends `rows` in order, in one INSERT, chained after the newest event; in `manager`'s transaction or its own. */
  async insertMany(manager: EntityManager, rows: readonly AuditRow[]): Promise<void> {
    if (rows.length === 0) return;
    await inTransaction(manager, async (m) => {
      const [head]: { prev_hash: string | null; first_id: string; at: Date }[] = await m.query(
        'SELECT prev_hash, first_id::text AS first_id, at FROM audit_chain_reserve($1)',
        [rows.length],
      );
      let prevHash = head.prev_hash;
      const values: unknown[] = [];
      rows.forEach((row, index) => {
        const event: ChainedEvent = { ...row, id: (BigInt(head.first_id) + BigInt(index)).toString(), at: head.at, prevHash, keyId: this.keys.signing.id };
        const hash = auditMac(this.keys.signing, eventMessage(event));
        values.push(event.id, event.at, row.actorId, row.actorRole, row.organisationId, row.action, row.entityType, row.entityId,
          row.outcome, row.requestId, row.ip, row.detail === null ? null : JSON.stringify(row.detail), prevHash, hash, event.keyId);
        prevHash = hash;
      });
      const placeholders = rows.map((_, r) => `(${Array.from({ length: COLUMNS }, (_, c) => `$${r * COLUMNS + c + 1}`).join(', ')})`);
      await m.query(
        `INSERT INTO audit_events (id, at, actor_id, actor_role, organisation_id, action, entity_type, entity_id, outcome, request_id, ip, detail, prev_hash, hash, key_id)
         VALUES ${placeholders.join(', ')}`,
        values,
      );
    });
  }

  /** Signs and stores a checkpoint of the newest event; returns its id, or null when the log is empty. */
  async insertCheckpoint(manager: EntityManager): Promise<string | null> {
    return inTransaction(manager, async (m) => {
      const [head]: { last_event_id: string | null; last_hash: string | null; at: Date }[] = await m.query(
        'SELECT last_event_id::text AS last_event_id, last_hash, at FROM audit_chain_head()',
      );
      if (!head?.last_event_id || !head.last_hash) return null;
      const checkpoint = { at: head.at, lastEventId: head.last_event_id, lastHash: head.last_hash, keyId: this.keys.signing.id };
      await m.query('INSERT INTO audit_checkpoints (at, last_event_id, last_hash, key_id, signature) VALUES ($1, $2, $3, $4, $5)', [
        checkpoint.at, checkpoint.lastEventId, checkpoint.lastHash, checkpoint.keyId, auditMac(this.keys.signing, checkpointMessage(checkpoint)),
      ]);
      return checkpoint.lastEventId;
    });
  }
}

/** Runs `work` in `manager`'s transaction, or in a new one: the chain lock must be held until the rows commit. */
function inTransaction<T>(manager: EntityManager, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return manager.queryRunner?.isTransactionActive ? work(manager) : manager.transaction('READ COMMITTED', work);
}
