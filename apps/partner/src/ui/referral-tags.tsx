import { DEADLINE_STATE_LABELS, type DeadlineState } from '@lantern/schema/deadlines';
import { STATUS_LABELS, type ReferralStatus } from '@lantern/schema/referral-status';
import { RISK_LEVELS, type RiskLevel } from '@lantern/schema/vocabularies';
import { formatDateTime } from '@lantern/ui/dates';
import { Tag, type TagColour } from '@lantern/ui/tag';
import { formatShortDate } from './short-date';

const STATUS_COLOURS: Record<ReferralStatus, TagColour | undefined> = {
  DRAFT: 'grey',
  SUBMITTED: 'purple',
  ACCEPTED: 'turquoise',
  DECLINED: 'orange',
  ALLOCATED: undefined,
  IN_CONTACT: 'green',
  CLOSED: 'grey',
  WITHDRAWN: 'red',
};

export function StatusTag({ status }: { status: ReferralStatus }) {
  return <Tag colour={STATUS_COLOURS[status]}>{STATUS_LABELS[status]}</Tag>;
}

const RISK_COLOURS: Record<RiskLevel, TagColour> = { HIGH: 'red', MEDIUM: 'orange', STANDARD: 'grey' };

/** The risk level in words ("High risk"); colour is never the only signal. */
export function RiskTag({ risk }: { risk: RiskLevel | null | undefined }) {
  if (!risk) return <Tag colour="grey">Risk not recorded</Tag>;
  return <Tag colour={RISK_COLOURS[risk]}>{`${RISK_LEVELS.labels[risk]} risk`}</Tag>;
}

export interface DeadlineLike {
  dueAt: string;
  metAt: string | null;
  state: DeadlineState;
}

const DEADLINE_COLOURS: Record<DeadlineState, TagColour | undefined> = {
  MET: 'green',
  DUE: undefined,
  OVERDUE: 'red',
  MISSED: 'orange',
};

/** A deadline as a tag and a date: "Overdue – due 3 March 2026 at 5:00pm". The API decides the state. */
export function DeadlineStatus({ deadline, short = false }: { deadline: DeadlineLike | null | undefined; short?: boolean }) {
  if (!deadline) return <span className="govuk-hint govuk-!-margin-0">Not started</span>;
  const when =
    deadline.state === 'MET' || deadline.state === 'MISSED'
      ? `on ${short ? formatShortDate(deadline.metAt ?? deadline.dueAt) : formatDateTime(deadline.metAt ?? deadline.dueAt)}`
      : `by ${short ? formatShortDate(deadline.dueAt) : formatDateTime(deadline.dueAt)}`;
  return (
    <>
      <Tag colour={DEADLINE_COLOURS[deadline.state]}>{DEADLINE_STATE_LABELS[deadline.state]}</Tag>{' '}
      <span className="lantern-deadline-date">{when}</span>
    </>
  );
}
