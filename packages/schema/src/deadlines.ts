/** Working-day targets (England and Wales working days). */
export const DEADLINE_TARGETS = {
  /** Victims' Code Right 4: referral sent within 2 working days of the report. */
  referralSentWorkingDays: 2,
  /** The service accepts or declines within 1 working day of receiving it. */
  acceptanceWorkingDays: 1,
  /** First contact within 2 working days of acceptance... */
  firstContactWorkingDays: 2,
  /** ...or 1 working day for high risk. */
  firstContactHighRiskWorkingDays: 1,
} as const;

export const DEADLINE_STATES = ['MET', 'DUE', 'OVERDUE', 'MISSED'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  MET: 'Met',
  DUE: 'Due',
  OVERDUE: 'Overdue',
  MISSED: 'Met late',
};
