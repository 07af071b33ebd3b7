import type { EntityManager } from 'typeorm';
import type { ReferralAction } from '@lantern/schema/referral-actions';
import type { Context, StaffViewer } from '../../context.js';
import type { AuditService } from '../../common/audit/audit.service.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { unauthenticated } from '../../common/errors/app-error.js';
import type { ReferralEntity } from './referral.entity.js';
import type { ReferralChanges, ReferralRepository } from './referral.repository.js';
import { assertActionAllowed, assertVisible } from './referral-access.js';

export function staffViewer(ctx: Pick<Context, 'viewer'>): StaffViewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

export interface TimelineEntry {
  readonly kind: string;
  readonly summary: string;
}

/** The steps every change to a referral shares: find it within scope, check the table, write, record. */
export class ReferralWorkflow {
  constructor(
    readonly repository: ReferralRepository,
    readonly audit: AuditService,
    readonly notifications: NotificationService,
  ) {}

  /** The referral, if the viewer may see it and the transition table allows `action` now. */
  async load(manager: EntityManager, ctx: Context, referralId: string, action: ReferralAction): Promise<ReferralEntity> {
    const viewer = staffViewer(ctx);
    const referral = assertVisible(viewer, await this.repository.findById(manager, referralId), action, referralId);
    assertActionAllowed(viewer, referral, action);
    return referral;
  }

  /** Applies a versioned change, adds the timeline entry and the audit event, all in `manager`'s transaction. */
  async change(
    manager: EntityManager,
    ctx: Context,
    referral: ReferralEntity,
    expectedVersion: number,
    action: ReferralAction,
    changes: ReferralChanges,
    entry: TimelineEntry | null,
  ): Promise<ReferralEntity> {
    const updated = await this.repository.update(manager, referral.id, expectedVersion, changes);
    if (entry) await this.record(manager, ctx, updated, entry);
    await this.audit.record(manager, ctx, { action, entityType: 'referral', entityId: referral.id });
    return updated;
  }

  async record(manager: EntityManager, ctx: Context, referral: ReferralEntity, entry: TimelineEntry): Promise<void> {
    const viewer = staffViewer(ctx);
    await this.repository.addEvent(manager, referral, {
      ...entry,
      actorId: viewer.userId,
      actorOrganisationId: viewer.organisationId,
    });
  }
}
