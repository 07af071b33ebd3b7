import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { assertAuditDetail, type AuditEntry } from './audit-entry.js';
import { auditMac, type AuditKeyring } from './audit-keys.js';
import type { AuditRepository, AuditRow } from './audit.repository.js';

/**
 * Every read and write of personal data, and every denied attempt, goes through here: who, what, when,
 * from where, with the request id. Allowed events are written in the caller's transaction; denied ones
 * after the caller's transaction has rolled back (see TransactionRunner), so they are never lost with it.
 * Nothing personal is written: `detail` holds ids and codes only (checked), and the caller's address is
 * kept as a keyed hash (`<key id>:<32 hex>`), which links one address's events without storing it.
 */
export class AuditService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly keys: AuditKeyring,
  ) {}

  /** Records `entry` as done by `actor`, in `manager`'s transaction. A victim is recorded with the role VICTIM. */
  record(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    return this.recordMany(manager, actor, [entry]);
  }

  /**
   * Records `entries` in order, as done by `actor`, in one INSERT in `manager`'s transaction (or its own):
   * one turn of the chain lock for the lot, e.g. a request's buffered reads.
   * @throws Error when an entry's detail is not ids and codes (see assertAuditDetail).
   */
  async recordMany(manager: EntityManager, actor: Actor, entries: readonly AuditEntry[]): Promise<void> {
    const staff = actor.viewer?.kind === 'staff' ? actor.viewer : null;
    const victim = actor.viewer?.kind === 'victim' ? actor.viewer : null;
    const ip = actor.ip ? this.addressHash(actor.ip) : null;
    const rows = entries.map((entry): AuditRow => {
      assertAuditDetail(entry.detail);
      return {
        actorId: staff?.userId ?? null,
        actorRole: staff?.role ?? (victim ? 'VICTIM' : null),
        organisationId: staff?.organisationId ?? null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId ?? victim?.referralId ?? null,
        outcome: entry.outcome ?? 'ALLOWED',
        requestId: actor.requestId,
        ip,
        detail: entry.detail ?? null,
      };
    });
    return this.repository.insertMany(manager, rows);
  }

  /** Signs a checkpoint of the newest event (the anchor the verifier checks truncation against); its event id. */
  checkpoint(manager: EntityManager): Promise<string | null> {
    return this.repository.insertCheckpoint(manager);
  }

  /** The keyed hash an address is recorded as: the same address gives the same value under the same key. */
  addressHash(ip: string): string {
    return `${this.keys.signing.id}:${auditMac(this.keys.signing, `ip|${ip}`).slice(0, 32)}`;
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

