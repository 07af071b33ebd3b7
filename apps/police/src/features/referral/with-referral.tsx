import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ReferralDocument, type ReferralAction, type ReferralFieldsFragment } from '../../gql/graphql';
import { AppLayout } from '../../ui/app-layout';
import { QueryFallback, queryView } from '@lantern/client/query-view';
import { useTitle } from '@lantern/client/page-title';

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
  const view = queryView(useQuery(ReferralDocument, { variables: { id } }), (data) => data.referral);
  if (view.state !== 'ready') {
    return (
      <AppLayout>
        <QueryFallback view={view} loading="Loading the referral" />
      </AppLayout>
    );
  }
  const referral = view.value;
  if (requires && !referral.availableActions.includes(requires)) return <NotAvailable referral={referral} />;
  return <>{children(referral)}</>;
}
