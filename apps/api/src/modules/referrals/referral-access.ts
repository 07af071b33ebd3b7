import { POLICE_ROLES } from '@lantern/schema/roles';
import type { ReferralAction } from '@lantern/schema/referral-actions';
import { checkAction, type GuardRefusal, type ReferralGuardFacts } from '@lantern/schema/referral-guards';
import type { StaffViewer } from '../../common/auth/actor.js';
import { AppError, denied, notFound } from '../../common/errors/app-error.js';
import type { ReferralEntity } from './referral.entity.js';

/**
 * Need to know, in one place. An officer or supervisor sees their force's referrals; a partner manager the
 * referrals sent to their service; an advocate the referrals allocated to them. Anything else is treated
 * exactly as a referral that does not exist. ReferralRepository.visibleTo is the same rule as SQL.
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

/** True for an officer or a supervisor. */
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

/** A refusal of `action` on a visible referral, with the guard's code and message, audited as denied. */
export function refusal(referral: ReferralEntity, action: string, refused: GuardRefusal): AppError {
  return denied(new AppError(refused.code, refused.message), {
    action,
    entityType: 'referral',
    entityId: referral.id,
    detail: { status: referral.status },
  });
}

/**
 * Refuses `action` unless the transition table and the action's guard allow it now (`checkAction` in
 * packages/schema, over the facts `referralGuardFacts` builds), with the guard's code and message.
 */
export function assertAllowed(referral: ReferralEntity, action: ReferralAction, facts: ReferralGuardFacts): void {
  const refused = checkAction(action, facts);
  if (refused) throw refusal(referral, action, refused);
}
