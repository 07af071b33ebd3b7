import { useQuery } from '@apollo/client/react';
import { queryView, type QueryView } from '@lantern/client/query-view';
import { useParams } from 'react-router';
import { ReferralCaseDocument, type CaseReferralFragment, type SharedFieldGroup } from '../../gql/graphql';

export type CaseReferral = CaseReferralFragment;

/**
 * The referral of the current `/referrals/:referralId/...` page, and how to reload it. While it reloads (after
 * a change, or after a CONFLICT) the last data stays on screen, so forms keep what was typed.
 */
export function useReferralCase(): { view: QueryView<CaseReferral>; refetch: () => Promise<unknown> } {
  const { referralId = '' } = useParams();
  const result = useQuery(ReferralCaseDocument, { variables: { id: referralId } });
  return { view: queryView(result, (data) => data.referral), refetch: result.refetch };
}

/** The victim has withdrawn consent: all work on the referral stops. */
export function consentWithdrawn(referral: CaseReferral): boolean {
  return Boolean(referral.consent?.withdrawnAt || referral.withdrawal?.consentWithdrawn);
}

/**
 * The API's plain sentence for a part of the referral the data-sharing policy hides from this service (e.g.
 * "The victim's contact details are no longer shared with your service because the victim withdrew
 * consent."), or null when it is shared. Screens show it instead of an empty box.
 */
export function withheldNotice(referral: CaseReferral, group: SharedFieldGroup): string | null {
  return referral.withheld.find((w) => w.group === group)?.notice ?? null;
}
