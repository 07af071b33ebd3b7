import { POLICE_ROLES } from '@lantern/schema/roles';
import type { ReferralAction } from '@lantern/schema/referral-actions';
import { checkAction, type GuardRefusal, type ReferralGuardFacts } from '@lantern/schema/referral-guards';
import type { StaffViewer } from '../../common/auth/actor.js';
import { AppError, denied, notFound } from '../../common/errors/app-error.js';
import type { ReferralEntity } from './referral.entity.js';

/**
 * Need to know, in one place. An officer or supervisor sees their force's referrals; a partner manager the
 * referrals sent to their service; an advocate the referrals allocated to them. Anything else is treated
 * exactly as a referral that does not exist. ReferralRepository.visibleTo is the same rule as SQL, and
 * `lantern_can_see_referral` (migration 1764320000010-row-level-security) the same rule as row-level security
 * in PostgreSQL, which holds even when a query forgets it: change the three together.
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

/**
 * Whether `viewer` may know how many open referrals the advocate `advocateId` holds: their own partner
 * manager (the count is then limited to that manager's service) and the advocate themself; never the police.
 */
export function canSeeCaseload(viewer: StaffViewer, advocateId: string): boolean {
  return viewer.role === 'PARTNER_MANAGER' || (viewer.role === 'ADVOCATE' && viewer.userId === advocateId);
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
