import { Table, type TableHeadCell } from '@lantern/ui/table';
import type { ReactNode } from 'react';
import { DeadlineStatus, RiskTag, StatusTag } from '../../../ui/referral-tags';
import { formatShortDate } from '../../../ui/short-date';
import { ReferralLink } from './referral-link';
import type { ReferralListItem } from './referral-page-of-results';

/** The columns a referral list can show. */
export type ReferralColumn = 'referral' | 'risk' | 'status' | 'acceptBy' | 'firstContact' | 'nextDeadline' | 'advocate' | 'received' | 'updated';

const HEADINGS: Record<ReferralColumn, string> = {
  referral: 'Referral',
  risk: 'Risk',
  status: 'Status',
  acceptBy: 'Accept or decline',
  firstContact: 'First contact',
  nextDeadline: 'Next deadline',
  advocate: 'Advocate',
  received: 'Received',
  updated: 'Last updated',
};

function cell(column: ReferralColumn, referral: ReferralListItem): ReactNode {
  switch (column) {
    case 'referral':
      return <ReferralLink referral={referral} />;
    case 'risk':
      return <RiskTag risk={referral.riskLevel} />;
    case 'status':
      return (
        <>
          <StatusTag status={referral.status} />
          {referral.consent?.withdrawnAt && <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">Consent withdrawn</p>}
        </>
      );
    case 'acceptBy':
      return <DeadlineStatus deadline={referral.deadlines.acceptance} short />;
    case 'firstContact':
      return <DeadlineStatus deadline={referral.deadlines.firstContact} short />;
    case 'nextDeadline': {
      // The deadline that matters now, as the API chose it for the referral's status.
      const deadline = referral.currentDeadline;
      return deadline ? <DeadlineStatus deadline={deadline} short /> : <span className="govuk-hint govuk-!-margin-0">None</span>;
    }
    case 'advocate':
      return referral.allocatedAdvocate?.name ?? <span className="govuk-hint govuk-!-margin-0">Not allocated</span>;
    case 'received':
      return formatShortDate(referral.submittedAt);
    case 'updated':
      return formatShortDate(referral.updatedAt);
  }
}

export function ReferralTable({ referrals, columns, caption }: { referrals: ReferralListItem[]; columns: ReferralColumn[]; caption: string }) {
  const head: TableHeadCell[] = columns.map((column) => ({ text: HEADINGS[column] }));
  return (
    <Table
      caption={caption}
      captionHidden
      head={head}
      scrollLabel={caption}
      rows={referrals.map((referral) => ({ key: referral.id, cells: columns.map((column) => cell(column, referral)) }))}
    />
  );
}
