import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ReferralDocument, type ReferralAction, type ReferralFieldsFragment } from '../../gql/graphql';
import { AppLayout } from '../../ui/app-layout';
import { Loading } from '../../ui/loading';
import { NotFoundPage } from '../../ui/not-found-page';
import { useTitle } from '../../ui/page-title';
import { QueryProblem } from '../../ui/query-problem';

function NotAvailable({ referral }: { referral: ReferralFieldsFragment }) {
  useTitle('That is not possible now');
  return (
    <AppLayout>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">That is not possible for this referral now</h1>
          <p className="govuk-body">The referral may have changed since you opened it, or your role does not allow it.</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={`/referrals/${referral.id}`}>
              Go to referral {referral.reference}
            </Link>
          </p>
        </div>
      </div>
    </AppLayout>
  );
}

/**
 * Loads the referral named in the address. With `requires`, shows the page only when the API lists that
 * action for this viewer (`availableActions`), so nothing is offered that the transition table forbids.
 */
export function WithReferral({ requires, children }: { requires?: ReferralAction; children: (referral: ReferralFieldsFragment) => ReactNode }) {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ReferralDocument, { variables: { id } });
  if (loading && !data) return <Loading what="Loading the referral" />;
  if (error && !data) return <QueryProblem error={error} onRetry={() => void refetch()} />;
  const referral = data?.referral;
  if (!referral) return <NotFoundPage what="Referral not found" />;
  if (requires && !referral.availableActions.includes(requires)) return <NotAvailable referral={referral} />;
  return <>{children(referral)}</>;
}
