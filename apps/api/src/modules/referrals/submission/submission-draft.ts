import type { SubmissionDraft } from '@lantern/schema/submission-blockers';
import type { OrganisationEntity } from '../../identity/organisation.entity.js';
import type { ReferralEntity } from '../referral.entity.js';

/**
 * What decides whether a draft can be sent (`submissionBlockers` in packages/schema), read from the referral
 * and the partner service it is to go to (`service`: the proposed one, or the one named when sending; null
 * when none). The only place the API builds it: the `submissionBlockers` field and `submitReferral` both
 * start here.
 */
export function submissionDraftOf(referral: ReferralEntity, service: OrganisationEntity | null): SubmissionDraft {
  const { consent } = referral;
  return {
    victim: referral.victim,
    screeningRecorded: referral.screening !== null,
    consent: consent ? { given: consent.given, withdrawn: Boolean(consent.withdrawnAt), namedServiceId: consent.namedServiceId } : null,
    noConsentState: referral.noConsent?.state ?? null,
    stalkingProtectionOrderRecorded: referral.stalkingProtectionOrder !== null,
    proposedService: service ? { id: service.id, name: service.name, areas: service.areas } : null,
  };
}
