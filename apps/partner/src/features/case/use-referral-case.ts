import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import type { CaseReferralFragment } from '../../gql/graphql';
import { readProblem, type ApiProblem } from '../../apollo/api-problem';
import { ReferralCaseDocument } from '../../gql/graphql';

export type CaseReferral = CaseReferralFragment;

export type ReferralCaseState =
  | { state: 'loading' }
  | { state: 'problem'; problem: ApiProblem; retry: () => void }
  | { state: 'not-found' }
  | { state: 'ready'; referral: CaseReferral; refetch: () => Promise<unknown> };

/**
 * The referral of the current `/referrals/:referralId/...` page. While it reloads (after a change, or after a
 * CONFLICT) the last data stays on screen, so forms keep what was typed.
 */
export function useReferralCase(): ReferralCaseState {
  const { referralId = '' } = useParams();
  const { data, error, refetch } = useQuery(ReferralCaseDocument, { variables: { id: referralId } });
  if (data === undefined) {
    if (error) return { state: 'problem', problem: readProblem(error), retry: () => void refetch() };
    return { state: 'loading' };
  }
  if (!data.referral) return { state: 'not-found' };
  return { state: 'ready', referral: data.referral as CaseReferral, refetch };
}

/** The victim has withdrawn consent: all work on the referral stops. */
export function consentWithdrawn(referral: CaseReferral): boolean {
  return Boolean(referral.consent?.withdrawnAt || referral.withdrawal?.consentWithdrawn);
}
