import { DEADLINE_STATE_LABELS } from '@lantern/schema/deadlines';
import { STATUS_LABELS } from '@lantern/schema/referral-status';
import { RISK_LEVELS } from '@lantern/schema/vocabularies';
import type { TagColour } from '@lantern/ui/tag';
import type { DeadlineState, ReferralStatus, RiskLevel } from '../../gql/graphql';

export const STATUS_COLOURS: Record<ReferralStatus, TagColour | undefined> = {
  DRAFT: 'grey',
  SUBMITTED: undefined,
  ACCEPTED: 'turquoise',
  DECLINED: 'red',
  ALLOCATED: 'purple',
  IN_CONTACT: 'green',
  CLOSED: 'grey',
  WITHDRAWN: 'grey',
};

export function statusLabel(status: ReferralStatus): string {
  return STATUS_LABELS[status];
}

export const RISK_COLOURS: Record<RiskLevel, TagColour> = { STANDARD: 'grey', MEDIUM: 'yellow', HIGH: 'red' };

export function riskLabel(risk: RiskLevel | null | undefined): string {
  return risk ? RISK_LEVELS.labels[risk] : 'Not assessed';
}

export const DEADLINE_COLOURS: Record<DeadlineState, TagColour> = { MET: 'green', DUE: 'yellow', OVERDUE: 'red', MISSED: 'orange' };

export function deadlineLabel(state: DeadlineState): string {
  return DEADLINE_STATE_LABELS[state];
}

/** "Yes" / "No" / "Not recorded". */
export function yesNoLabel(value: boolean | null | undefined): string {
  return value == null ? 'Not recorded' : value ? 'Yes' : 'No';
}

/** Text or "None given" for optional answers left blank. */
export function orNone(value: string | null | undefined, none = 'None given'): string {
  return value && value.trim() !== '' ? value : none;
}
