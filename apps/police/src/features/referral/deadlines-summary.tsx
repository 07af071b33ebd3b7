import { formatDateTime } from '@lantern/ui/dates';
import { SummaryList, type SummaryListRow } from '@lantern/ui/summary-list';
import { Tag } from '@lantern/ui/tag';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import { DEADLINE_COLOURS, deadlineLabel } from '../referrals/labels';

type Deadline = ReferralFieldsFragment['deadlines']['referralSent'];

function DeadlineValue({ deadline }: { deadline: Deadline }) {
  let detail: string;
  if (deadline.metAt) detail = `Done ${formatDateTime(deadline.metAt)} (due ${formatDateTime(deadline.dueAt)})`;
  else if (deadline.state === 'OVERDUE') detail = `Was due ${formatDateTime(deadline.dueAt)}`;
  else detail = `Due by ${formatDateTime(deadline.dueAt)}`;
  return (
    <>
      <Tag colour={DEADLINE_COLOURS[deadline.state]}>{deadlineLabel(deadline.state)}</Tag>
      <span className="govuk-!-display-block govuk-!-margin-top-1">{detail}</span>
    </>
  );
}

/** The Victims' Code and service deadlines, as met / due / overdue (computed by the API). */
export function DeadlinesSummary({ referral }: { referral: ReferralFieldsFragment }) {
  const { deadlines } = referral;
  const rows: SummaryListRow[] = [
    { key: 'Referral sent (within 2 working days of the report)', value: <DeadlineValue deadline={deadlines.referralSent} /> },
  ];
  if (deadlines.acceptance) rows.push({ key: 'Service accepts or declines', value: <DeadlineValue deadline={deadlines.acceptance} /> });
  if (deadlines.firstContact) rows.push({ key: 'First contact with the victim', value: <DeadlineValue deadline={deadlines.firstContact} /> });
  return <SummaryList rows={rows} />;
}
