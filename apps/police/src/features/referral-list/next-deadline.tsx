import { formatDate } from '@lantern/ui/dates';
import type { DeadlineState, ReferralStatus } from '../../gql/graphql';

interface DeadlineLike {
  dueAt: string;
  state: DeadlineState;
}

interface Deadlines {
  referralSent: DeadlineLike;
  acceptance: DeadlineLike | null;
  firstContact: DeadlineLike | null;
}

/** The deadline that matters now for a referral in `status`, as the API computed it; null when none. */
export function currentDeadline(status: ReferralStatus, deadlines: Deadlines): { what: string; deadline: DeadlineLike } | null {
  if (status === 'DRAFT') return { what: 'Send', deadline: deadlines.referralSent };
  if (status === 'SUBMITTED' && deadlines.acceptance) return { what: 'Service to accept', deadline: deadlines.acceptance };
  if ((status === 'ACCEPTED' || status === 'ALLOCATED') && deadlines.firstContact) return { what: 'First contact', deadline: deadlines.firstContact };
  return null;
}

/** "Send by 4 June 2026" or "First contact overdue since 4 June 2026". */
export function NextDeadline({ status, deadlines }: { status: ReferralStatus; deadlines: Deadlines }) {
  const current = currentDeadline(status, deadlines);
  if (!current || current.deadline.state === 'MET' || current.deadline.state === 'MISSED') return <>None</>;
  const { what, deadline } = current;
  if (deadline.state === 'OVERDUE') return <>{`${what}: overdue since ${formatDate(deadline.dueAt, true)}`}</>;
  return <>{`${what} by ${formatDate(deadline.dueAt, true)}`}</>;
}
