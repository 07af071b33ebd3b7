import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import type { AuditEntry } from './audit-entry.js';
import type { AuditRepository, AuditRow } from './audit.repository.js';

/**
 * Every read and write of personal data, and every denied attempt, goes through here: who, what, when,
 * from where, with the request id. Allowed events are written in the caller's transaction; denied ones
 * after the caller's transaction has rolled back (see TransactionRunner), so they are never lost with it.
 */
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  /** Records `entry` as done by `actor`, in `manager`'s transaction. A victim is recorded with the role VICTIM. */
  record(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    return this.repository.insert(manager, toRow(actor, entry));
  }

  /** Records every entry as done by `actor` with one INSERT, in `manager`'s transaction. */
  recordMany(manager: EntityManager, actor: Actor, entries: readonly AuditEntry[]): Promise<void> {
    return this.repository.insertMany(manager, entries.map((entry) => toRow(actor, entry)));
  }

  /**
   * Records a read: into the request's buffer when the actor carries one (written once per request by
   * FlushReadAuditService), otherwise at once in `manager`'s transaction.
   */
  async recordRead(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    if (actor.reads) actor.reads.add(entry);
    else await this.record(manager, actor, entry);
  }
}

/** The stored row of `entry` done by `actor`. A victim is recorded with the role VICTIM. */
function toRow(actor: Actor, entry: AuditEntry): AuditRow {
  const staff = actor.viewer?.kind === 'staff' ? actor.viewer : null;
  const victim = actor.viewer?.kind === 'victim' ? actor.viewer : null;
  return {
    actorId: staff?.userId ?? null,
    actorRole: staff?.role ?? (victim ? 'VICTIM' : null),
    organisationId: staff?.organisationId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? victim?.referralId ?? null,
    outcome: entry.outcome ?? 'ALLOWED',
    requestId: actor.requestId,
    ip: actor.ip,
    detail: entry.detail ?? null,
  };
}
