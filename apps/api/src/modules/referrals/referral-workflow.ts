import type { EntityManager } from 'typeorm';
import type { ReferralAction } from '@lantern/schema/referral-actions';
import { victimLinkWorks } from '@lantern/schema/data-sharing';
import type { StaffActor } from '../../common/auth/actor.js';
import type { AuditService } from '../../common/audit/audit.service.js';
import type { ReferralEntity } from './referral.entity.js';
import type { ReferralChanges, ReferralRepository } from './referral.repository.js';
import type { ReferralEventRepository } from './timeline/referral-event.repository.js';
import { assertAllowed, assertVisible } from './referral-access.js';
import { sharingFactsOf } from './sharing/referral-sharing.js';
import { referralGuardFacts, type ActionSubject, type ReferralRecordFactsReader } from './referral-guard-facts.js';

/** A timeline entry a change adds. */
export interface TimelineEntry {
  readonly kind: string;
  readonly summary: string;
}

/**
 * The steps every change to a referral shares: find it within the actor's scope, check the action (the
 * transition table and the action's guard), write it with its version, add its timeline entry and its audit
 * event, in the caller's transaction.
 */
export class ReferralWorkflow {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly timeline: ReferralEventRepository,
    private readonly audit: AuditService,
    /** What the guards need from the referral's safeguarding updates and victim links. */
    private readonly records: ReferralRecordFactsReader,
    /** Revokes the referral's victim links, when a change ends the referral or consent (`victimLinkWorks`). */
    private readonly endVictimLinks: (manager: EntityManager, referralId: string) => Promise<unknown>,
  ) {}

  /**
   * The referral, if the actor may see it and `checkAction` allows `action` now (`subject`: the safeguarding
   * update an acknowledgement is about). Refuses with NOT_FOUND (not visible) or with the guard's refusal
   * (INVALID_TRANSITION), both audited as denied.
   */
  async load(manager: EntityManager, actor: StaffActor, referralId: string, action: ReferralAction, subject?: ActionSubject): Promise<ReferralEntity> {
    const referral = assertVisible(actor.viewer, await this.referrals.findById(manager, referralId), action, referralId);
    const facts = referralGuardFacts(actor.viewer, referral, await this.records(manager, referral.id), subject);
    assertAllowed(referral, action, facts);
    return referral;
  }

  /**
   * Applies a versioned change (CONFLICT when the referral changed since `expectedVersion`), adds the
   * timeline entry (if any) and the audit event of `action`. A change that ends the referral or consent
   * revokes the victim's links in the same transaction (the data-sharing policy: the link stops working).
   */
  async change(
    manager: EntityManager,
    actor: StaffActor,
    referral: ReferralEntity,
    expectedVersion: number,
    action: ReferralAction,
    changes: ReferralChanges,
    entry: TimelineEntry | null,
  ): Promise<ReferralEntity> {
    const updated = await this.referrals.update(manager, referral.id, expectedVersion, changes);
    if (victimLinkWorks(sharingFactsOf(referral)) && !victimLinkWorks(sharingFactsOf(updated))) await this.endVictimLinks(manager, referral.id);
    if (entry) await this.record(manager, actor, updated, entry);
    await this.audit.record(manager, actor, { action, entityType: 'referral', entityId: referral.id });
    return updated;
  }

  /** Adds a timeline entry made by the actor. */
  async record(manager: EntityManager, actor: StaffActor, referral: ReferralEntity, entry: TimelineEntry): Promise<void> {
    await this.timeline.add(manager, referral, { ...entry, actorId: actor.viewer.userId, actorOrganisationId: actor.viewer.organisationId });
  }

  /** Audits an action on the referral that changed no referral row (e.g. issuing a victim link). */
  async audited(manager: EntityManager, actor: StaffActor, action: string, referral: ReferralEntity): Promise<void> {
    await this.audit.record(manager, actor, { action, entityType: 'referral', entityId: referral.id });
  }
}
