import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { POLICE_ROLES } from '@lantern/schema/roles';
import { isActionAllowed, type ReferralAction } from '@lantern/schema/referral-actions';
import { ERROR_MESSAGES } from '@lantern/schema/error-codes';
import type { StaffViewer } from '../../context.js';
import { AppError, denied, notFound } from '../../common/errors/app-error.js';
import { ReferralEntity } from './referral.entity.js';

/**
 * Need to know, in one place. An officer or supervisor sees their force's referrals; a partner manager the
 * referrals sent to their service; an advocate the referrals allocated to them. Anything else is treated
 * exactly as a referral that does not exist.
 */
export function canSee(viewer: StaffViewer, referral: ReferralEntity): boolean {
  switch (viewer.role) {
    case 'OFFICER':
    case 'SUPERVISOR':
      return referral.policeForceId === viewer.organisationId;
    case 'PARTNER_MANAGER':
      return referral.partnerServiceId === viewer.organisationId && referral.submittedAt !== null;
    case 'ADVOCATE':
      return referral.partnerServiceId === viewer.organisationId && referral.advocateId === viewer.userId;
    default:
      return false;
  }
}

/** The same rule as canSee, as a condition on a query over referrals aliased `r`. */
function whereVisible<T extends object>(query: SelectQueryBuilder<T>, viewer: StaffViewer): SelectQueryBuilder<T> {
  const org = { viewerOrganisationId: viewer.organisationId, viewerUserId: viewer.userId };
  switch (viewer.role) {
    case 'OFFICER':
    case 'SUPERVISOR':
      return query.andWhere('r.police_force_id = :viewerOrganisationId', org);
    case 'PARTNER_MANAGER':
      return query.andWhere('r.partner_service_id = :viewerOrganisationId AND r.submitted_at IS NOT NULL', org);
    case 'ADVOCATE':
      return query.andWhere('r.partner_service_id = :viewerOrganisationId AND r.advocate_id = :viewerUserId', org);
    default:
      return query.andWhere('false');
  }
}

/** A query over the referrals (aliased `r`) the viewer may see; lists and figures start from here. */
export function visibleReferrals(manager: EntityManager, viewer: StaffViewer): SelectQueryBuilder<ReferralEntity> {
  return whereVisible(manager.createQueryBuilder(ReferralEntity, 'r').where('true'), viewer);
}

export function isPolice(viewer: StaffViewer): boolean {
  return POLICE_ROLES.includes(viewer.role);
}

/** Refuses, as NOT_FOUND, a referral the viewer may not see (audited as denied). */
export function assertVisible(viewer: StaffViewer, referral: ReferralEntity | null, action: string, id: string): ReferralEntity {
  if (!referral || !canSee(viewer, referral)) {
    throw denied(notFound(), { action, entityType: 'referral', entityId: id });
  }
  return referral;
}

/** A refusal, as INVALID_TRANSITION, of `action` on a visible referral, audited as denied. */
export function refusal(referral: ReferralEntity, action: string, message: string = ERROR_MESSAGES.INVALID_TRANSITION): AppError {
  return denied(new AppError('INVALID_TRANSITION', message), {
    action,
    entityType: 'referral',
    entityId: referral.id,
    detail: { status: referral.status },
  });
}

/** Refuses an action the transition table does not allow now for this role. */
export function assertActionAllowed(viewer: StaffViewer, referral: ReferralEntity, action: ReferralAction): void {
  if (!isActionAllowed(action, referral.status, viewer.role)) throw refusal(referral, action);
}
