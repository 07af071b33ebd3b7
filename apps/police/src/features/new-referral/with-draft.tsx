import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate, useParams } from 'react-router';
import { ReferralDocument, type ReferralFieldsFragment } from '../../gql/graphql';
import { QueryFallback, queryView } from '@lantern/client/query-view';
import { AppLayout } from '../../ui/app-layout';

/**
 * Loads the draft named in the address (`/referrals/:id/...`) for a question page. A referral that has
 * been sent goes to its own page instead: its answers can no longer be changed here.
 */
export function WithDraft({ children }: { children: (referral: ReferralFieldsFragment) => ReactNode }) {
  const { id = '' } = useParams();
  const view = queryView(useQuery(ReferralDocument, { variables: { id }, fetchPolicy: 'cache-and-network' }), (data) => data.referral);
  if (view.state !== 'ready') {
    return (
      <AppLayout>
        <QueryFallback view={view} loading="Loading the referral" />
      </AppLayout>
    );
  }
  const referral = view.value;
  if (referral.status !== 'DRAFT' || !referral.availableActions.includes('UPDATE')) {
    return <Navigate to={`/referrals/${referral.id}`} replace />;
  }
  return <>{children(referral)}</>;
}
