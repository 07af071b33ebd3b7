import { Badge } from '@lantern/ui/badge';
import { formatDate } from '@lantern/ui/dates';
import { Table, type SortDirection, type TableHeadCell } from '@lantern/ui/table';
import { Tag } from '@lantern/ui/tag';
import { Link } from 'react-router';
import type { ReferralListQuery, ReferralSort } from '../../gql/graphql';
import { RISK_COLOURS, STATUS_COLOURS, riskLabel, statusLabel } from '../referrals/labels';
import { NextDeadline } from './next-deadline';

export type ListedReferral = ReferralListQuery['referrals']['edges'][number]['node'];

/** Where a draft opens (where it was left) and where a sent referral opens (its page). */
export function referralHref(referral: Pick<ListedReferral, 'id' | 'status'>): string {
  return referral.status === 'DRAFT' ? `/referrals/${referral.id}/continue` : `/referrals/${referral.id}`;
}

export interface ReferralTableProps {
  referrals: ListedReferral[];
  sort: ReferralSort;
  onSort: (sort: ReferralSort) => void;
  /** Shows the officer in the case (force-wide lists). */
  showOfficer: boolean;
  caption: string;
}

function direction(active: boolean, value: SortDirection): SortDirection {
  return active ? value : 'none';
}

/** The referrals table (MoJ sortable table: sorting is done by the API across every page). */
export function ReferralTable({ referrals, sort, onSort, showOfficer, caption }: ReferralTableProps) {
  const head: TableHeadCell[] = [
    { text: 'Reference' },
    { text: 'Victim' },
    { text: 'Status and service' },
    { text: 'Risk', sort: { direction: direction(sort === 'PRIORITY', 'descending'), onSort: () => onSort('PRIORITY') } },
    ...(showOfficer ? [{ text: 'Officer' }] : []),
    {
      text: 'Next deadline',
      sort: { direction: direction(sort === 'NEXT_DEADLINE', 'ascending'), onSort: () => onSort('NEXT_DEADLINE') },
    },
    {
      text: 'Started',
      sort: {
        direction: sort === 'NEWEST' ? 'descending' : sort === 'OLDEST' ? 'ascending' : 'none',
        onSort: () => onSort(sort === 'NEWEST' ? 'OLDEST' : 'NEWEST'),
      },
    },
  ];
  const rows = referrals.map((referral) => ({
    key: referral.id,
    cells: [
      <>
        <Link className="govuk-link lantern-break-words" to={referralHref(referral)}>
          {referral.reference}
        </Link>
        <span className="govuk-!-display-block govuk-body-s govuk-!-margin-bottom-0 lantern-break-words">
          <span className="govuk-visually-hidden">Crime reference </span>
          {referral.crimeReference}
        </span>
        {referral.unacknowledgedUrgentCount > 0 && (
          <span className="govuk-!-display-block govuk-!-margin-top-1">
            <Badge colour="red">
              {referral.unacknowledgedUrgentCount === 1 ? 'Urgent update' : `${referral.unacknowledgedUrgentCount} urgent updates`}
            </Badge>
          </span>
        )}
        {referral.overdue && (
          <span className="govuk-!-display-block govuk-!-margin-top-1">
            <Badge colour="bright-purple">Overdue</Badge>
          </span>
        )}
      </>,
      referral.victim.fullName,
      <>
        <Tag colour={STATUS_COLOURS[referral.status]}>{statusLabel(referral.status)}</Tag>
        {referral.partnerService && <span className="govuk-!-display-block govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">{referral.partnerService.name}</span>}
      </>,
      referral.riskLevel ? <Tag colour={RISK_COLOURS[referral.riskLevel]}>{riskLabel(referral.riskLevel)}</Tag> : 'Not assessed',
      ...(showOfficer ? [referral.officerInCase.name] : []),
      <NextDeadline deadline={referral.currentDeadline} />,
      formatDate(referral.createdAt, true),
    ],
  }));
  return <Table caption={caption} captionHidden head={head} rows={rows} scrollLabel={caption} />;
}
