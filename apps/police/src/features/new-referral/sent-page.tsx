import { useQuery } from '@apollo/client/react';
import { formatDateTime } from '@lantern/ui/dates';
import { Panel } from '@lantern/ui/panel';
import { Link, Navigate, useParams } from 'react-router';
import { ReferralDocument } from '../../gql/graphql';
import { AppLayout } from '../../ui/app-layout';
import { QueryFallback, queryView } from '@lantern/client/query-view';
import { useTitle } from '@lantern/client/page-title';

/** Confirmation after sending: the reference, and what happens next. */
export function SentPage() {
  const { id = '' } = useParams();
  const view = queryView(useQuery(ReferralDocument, { variables: { id } }), (data) => data.referral);
  useTitle('Referral sent');
  if (view.state !== 'ready') {
    return (
      <AppLayout>
        <QueryFallback view={view} />
      </AppLayout>
    );
  }
  const referral = view.value;
  if (referral.status === 'DRAFT') return <Navigate to={`/referrals/${referral.id}/check`} replace />;
  const acceptance = referral.deadlines.acceptance;
  return (
    <AppLayout>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Panel title="Referral sent">
            Reference
            <br />
            <strong className="lantern-break-words">{referral.reference}</strong>
          </Panel>
          <p className="govuk-body">
            The referral has been sent to {referral.partnerService?.name ?? 'the service'}
            {referral.submittedAt ? ` on ${formatDateTime(referral.submittedAt)}` : ''}.
          </p>
          <h2 className="govuk-heading-m">What happens next</h2>
          <p className="govuk-body">
            The service will accept or decline the referral
            {acceptance ? ` by ${formatDateTime(acceptance.dueAt)}` : ' within 1 working day'}. If they accept, an advocate will contact the
            victim using the safe contact details you gave.
          </p>
          <p className="govuk-body">
            You will see their decision and any safeguarding updates on the referral. Urgent updates are shown at the top of your referrals until
            you acknowledge them.
          </p>
          {referral.availableActions.includes('ISSUE_VICTIM_LINK') && (
            <p className="govuk-body">
              You can give the victim a secure link to follow the referral.{' '}
              <Link className="govuk-link" to={`/referrals/${referral.id}/victim-link`}>
                Issue a victim link
              </Link>
            </p>
          )}
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={`/referrals/${referral.id}`}>
                View the referral
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to="/">
                Go to your referrals
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to="/referrals/new">
                Make another referral
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </AppLayout>
  );
}
