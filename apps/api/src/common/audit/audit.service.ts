import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import type { AuditEntry } from './audit-entry.js';
import type { AuditRepository } from './audit.repository.js';

/**
 * Every read and write of personal data, and every denied attempt, goes through here: who, what, when,
 * from where, with the request id. Allowed events are written in the caller's transaction; denied ones
 * after the caller's transaction has rolled back (see TransactionRunner), so they are never lost with it.
 */
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  /** Records `entry` as done by `actor`, in `manager`'s transaction. A victim is recorded with the role VICTIM. */
  record(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    const staff = actor.viewer?.kind === 'staff' ? actor.viewer : null;
    const victim = actor.viewer?.kind === 'victim' ? actor.viewer : null;
    return this.repository.insert(manager, {
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
    });
  }
}
