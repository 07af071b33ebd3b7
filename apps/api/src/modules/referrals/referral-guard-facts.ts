import type { EntityManager } from 'typeorm';
import type { ReferralGuardFacts } from '@lantern/schema/referral-guards';
import type { VictimLinkState } from '@lantern/schema/vocabularies';
import type { StaffViewer } from '../../common/auth/actor.js';
import type { ReferralEntity } from './referral.entity.js';

/**
 * What the guards need that the referral's own row does not say, from the records of other modules: its
 * safeguarding updates and its victim links. Worked out in `src/referral-record-facts.ts`, where those modules
 * are composed (this module does not import them).
 */
export interface ReferralRecordFacts {
  /** Some urgent safeguarding update on the referral is not acknowledged yet. */
  readonly hasUnacknowledgedUrgentUpdate: boolean;
  /** The state of the referral's latest victim link; null when none was issued. */
  readonly victimLinkState: VictimLinkState | null;
}

/** Reads a referral's record facts inside the caller's transaction (wired in `src/services.ts`). */
export type ReferralRecordFactsReader = (manager: EntityManager, referralId: string) => Promise<ReferralRecordFacts>;

/** What one action is about, beyond the referral: the safeguarding update being acknowledged. */
export type ActionSubject = Pick<ReferralGuardFacts, 'safeguardingUpdate'>;

/**
 * The facts the referral guards of `packages/schema` decide on (`checkAction`, `availableActionsFor`), built
 * from the referral row, its record facts and the viewer. The only place the API builds them: both the
 * `availableActions` field and every service's precondition start here, so the two never disagree.
 */
export function referralGuardFacts(
  viewer: StaffViewer,
  referral: ReferralEntity,
  records: ReferralRecordFacts,
  subject: ActionSubject = {},
): ReferralGuardFacts {
  const { consent, noConsent } = referral;
  return {
    status: referral.status,
    viewer: { role: viewer.role, userId: viewer.userId },
    consent: consent
      ? { given: consent.given, withdrawn: Boolean(consent.withdrawnAt), victimAwareOfReferral: consent.victimAwareOfReferral }
      : null,
    noConsent: noConsent ? { state: noConsent.state, requestedById: noConsent.requestedById } : null,
    orderDecision: referral.stalkingProtectionOrder?.decision ?? null,
    hasUnacknowledgedUrgentUpdate: records.hasUnacknowledgedUrgentUpdate,
    victimLinkState: records.victimLinkState,
    ...subject,
  };
}
