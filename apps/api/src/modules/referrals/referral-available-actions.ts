import { actionsFor, type ReferralAction } from '@lantern/schema/referral-actions';
import type { StaffViewer } from '../../common/auth/actor.js';
import type { ReferralEntity } from './referral.entity.js';
import { canSee } from './referral-access.js';

/** What the referral's own row does not say, gathered from its safeguarding updates and victim links. */
export interface ReferralFacts {
  readonly hasUnacknowledgedUrgent: boolean;
  readonly hasActiveVictimLink: boolean;
}

/**
 * What this viewer may do next: the transition table for their role and the referral's status, narrowed by
 * the referral's own state, so the apps show only what would succeed.
 */
export function availableActions(viewer: StaffViewer, referral: ReferralEntity, facts: ReferralFacts): ReferralAction[] {
  if (!canSee(viewer, referral)) return [];
  const consent = referral.consent;
  const consentStands = Boolean(consent?.given && !consent.withdrawnAt);
  const request = referral.noConsent;
  const checks: Partial<Record<ReferralAction, boolean>> = {
    WITHDRAW_CONSENT: consentStands,
    AUTHORISE_WITHOUT_CONSENT: request?.state === 'REQUESTED' && request.requestedById !== viewer.userId,
    REFUSE_WITHOUT_CONSENT: request?.state === 'REQUESTED' && request.requestedById !== viewer.userId,
    RECORD_ORDER_BREACH: ['INTERIM_GRANTED', 'FULL_GRANTED'].includes(referral.stalkingProtectionOrder?.decision ?? ''),
    ACKNOWLEDGE_SAFEGUARDING_UPDATE: facts.hasUnacknowledgedUrgent,
    ISSUE_VICTIM_LINK: consentStands && Boolean(consent?.victimAwareOfReferral),
    REVOKE_VICTIM_LINK: facts.hasActiveVictimLink,
  };
  return actionsFor(referral.status, viewer.role).filter((action) => checks[action] ?? true);
}
