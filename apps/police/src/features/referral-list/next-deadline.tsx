import { formatDate } from '@lantern/ui/dates';
import type { DeadlineState } from '../../gql/graphql';

/** The referral's current deadline as the API chose it (`Referral.currentDeadline`); null when none matters. */
interface CurrentDeadline {
  label: string;
  dueAt: string;
  state: DeadlineState;
}

/** "Send by 4 June 2026" or "First contact: overdue since 4 June 2026"; "None" when none is still to meet. */
export function NextDeadline({ deadline }: { deadline: CurrentDeadline | null }) {
  if (!deadline || deadline.state === 'MET' || deadline.state === 'MISSED') return <>None</>;
  if (deadline.state === 'OVERDUE') return <>{`${deadline.label}: overdue since ${formatDate(deadline.dueAt, true)}`}</>;
  return <>{`${deadline.label} by ${formatDate(deadline.dueAt, true)}`}</>;
}
