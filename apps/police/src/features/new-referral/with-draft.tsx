import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate, useParams } from 'react-router';
import { ReferralDocument, type ReferralFieldsFragment } from '../../gql/graphql';
import { Loading } from '../../ui/loading';
import { NotFoundPage } from '../../ui/not-found-page';
import { QueryProblem } from '../../ui/query-problem';

/**
 * Loads the draft named in the address (`/referrals/:id/...`) for a question page. A referral that has
 * been sent goes to its own page instead: its answers can no longer be changed here.
 */
export function WithDraft({ children }: { children: (referral: ReferralFieldsFragment) => ReactNode }) {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ReferralDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading what="Loading the referral" />;
  if (error && !data) return <QueryProblem error={error} onRetry={() => void refetch()} />;
  const referral = data?.referral;
  if (!referral) return <NotFoundPage what="Referral not found" />;
  if (referral.status !== 'DRAFT' || !referral.availableActions.includes('UPDATE')) {
    return <Navigate to={`/referrals/${referral.id}`} replace />;
  }
  return <>{children(referral)}</>;
}
