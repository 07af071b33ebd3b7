import { useQuery } from '@apollo/client/react';
import { formatDateTime } from '@lantern/ui/dates';
import { Pagination } from '@lantern/ui/pagination';
import { Table } from '@lantern/ui/table';
import { Tag } from '@lantern/ui/tag';
import { useState } from 'react';
import { Link } from 'react-router';
import { readApiProblem } from '@lantern/client/api-problem';
import { AwaitingAuthorisationDocument } from '../../gql/graphql';
import { AppLayout } from '../../ui/app-layout';
import { Loading } from '@lantern/client/loading';
import { useTitle } from '@lantern/client/page-title';
import { RISK_COLOURS, riskLabel } from '../referrals/labels';
import { useViewer } from '@lantern/client/viewer';
import { NotFoundPage } from '@lantern/client/not-found-page';

const PAGE_SIZE = 25;

function Queue() {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const { data, previousData, error, refetch } = useQuery(AwaitingAuthorisationDocument, {
    variables: { first: PAGE_SIZE, after: cursors[cursors.length - 1] },
    fetchPolicy: 'cache-and-network',
  });
  useTitle('Referrals awaiting authorisation');
  const connection = (data ?? previousData)?.referrals;
  let body;
  if (error && !connection) {
    body = (
      <p className="govuk-body">
        {readApiProblem(error).message}{' '}
        <button type="button" className="lantern-link-button" onClick={() => void refetch()}>
          Try again
        </button>
      </p>
    );
  } else if (!connection) {
    body = <Loading what="Loading referrals" />;
  } else if (connection.totalCount === 0) {
    body = <p className="govuk-body">No referrals are waiting for your authorisation.</p>;
  } else {
    body = (
      <>
        <p className="govuk-body">
          {connection.totalCount === 1 ? '1 referral is' : `${connection.totalCount} referrals are`} waiting, oldest first.
        </p>
        <Table
          caption="Referrals awaiting authorisation"
          captionHidden
          scrollLabel="Referrals awaiting authorisation"
          head={[{ text: 'Reference' }, { text: 'Officer' }, { text: 'Asked' }, { text: 'Risk' }, { text: 'Reason' }]}
          rows={connection.edges.map(({ node }) => ({
            key: node.id,
            cells: [
              <Link className="govuk-link lantern-break-words" to={`/referrals/${node.id}/authorisation`}>
                {node.reference}
              </Link>,
              node.noConsentAuthorisation?.requestedBy.name ?? node.officerInCase.name,
              node.noConsentAuthorisation ? formatDateTime(node.noConsentAuthorisation.requestedAt) : '',
              node.riskLevel ? <Tag colour={RISK_COLOURS[node.riskLevel]}>{riskLabel(node.riskLevel)}</Tag> : 'Not assessed',
              <span className="lantern-multiline">{node.noConsentAuthorisation?.reason ?? ''}</span>,
            ],
          }))}
        />
        <Pagination
          previous={cursors.length > 1 ? { onClick: () => setCursors(cursors.slice(0, -1)) } : undefined}
          next={
            connection.pageInfo.hasNextPage && connection.pageInfo.endCursor
              ? { onClick: () => setCursors([...cursors, connection.pageInfo.endCursor]) }
              : undefined
          }
        />
      </>
    );
  }
  return (
    <AppLayout>
      <h1 className="govuk-heading-l">Referrals awaiting authorisation</h1>
      <p className="govuk-body">
        These referrals are to be sent without the victim&apos;s consent, for safeguarding reasons. Each needs a supervisor to authorise it or
        refuse it.
      </p>
      {body}
    </AppLayout>
  );
}

/** Supervisors' queue of referrals waiting for authorisation to be sent without consent. */
export function AuthorisationQueuePage() {
  const viewer = useViewer();
  if (viewer.role !== 'SUPERVISOR') {
    return (
      <AppLayout>
        <NotFoundPage />
      </AppLayout>
    );
  }
  return <Queue />;
}
