import type { ReferralStatus } from './referral-status.js';

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

/**
 * The deadlines a referral has: sending the referral (from the report), the service accepting or declining it
 * (from sending), first contact with the victim (from acceptance). Due times are worked out in the API, in
 * England and Wales working days.
 */
export const DEADLINE_KINDS = ['REFERRAL_SENT', 'ACCEPTANCE', 'FIRST_CONTACT'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Each kind's field in the API's `ReferralDeadlines`. */
export const DEADLINE_FIELDS = {
  REFERRAL_SENT: 'referralSent',
  ACCEPTANCE: 'acceptance',
  FIRST_CONTACT: 'firstContact',
} as const satisfies Record<DeadlineKind, string>;
export type DeadlineField = (typeof DEADLINE_FIELDS)[DeadlineKind];

/** Who must do what by the deadline, in a few words: "Send by 4 June 2026", "First contact: overdue since…". */
export const DEADLINE_LABELS: Record<DeadlineKind, string> = {
  REFERRAL_SENT: 'Send',
  ACCEPTANCE: 'Service to accept',
  FIRST_CONTACT: 'First contact',
};

/**
 * The deadline that matters while a referral is in each status: sending while it is a draft, the service's
 * decision while it waits for one, first contact once accepted until the advocate reaches the victim.
 * A status not listed (in contact, or finished) has no current deadline.
 */
export const CURRENT_DEADLINE_BY_STATUS: Readonly<Partial<Record<ReferralStatus, DeadlineKind>>> = {
  DRAFT: 'REFERRAL_SENT',
  SUBMITTED: 'ACCEPTANCE',
  ACCEPTED: 'FIRST_CONTACT',
  ALLOCATED: 'FIRST_CONTACT',
};

/**
 * A referral's deadlines by their `ReferralDeadlines` field, null (or absent) while one has not started;
 * `D` is whatever shape the caller holds (the API's `Deadline`, an app's fragment).
 */
export type DeadlinesOf<D> = { readonly [F in DeadlineField]?: D | null };

/** The deadline that matters now, with its kind and label. */
export interface CurrentDeadline<D> {
  readonly kind: DeadlineKind;
  readonly label: string;
  readonly deadline: D;
}

/**
 * Which of a referral's deadlines is current for its `status` (see `CURRENT_DEADLINE_BY_STATUS`), or null
 * when none is: in contact, finished, or the deadline has not started. Whether it is met, due or overdue is
 * the deadline's own state, which the API works out.
 */
export function currentDeadline<D>(status: ReferralStatus, deadlines: DeadlinesOf<D>): CurrentDeadline<D> | null {
  const kind = CURRENT_DEADLINE_BY_STATUS[status];
  const deadline = kind ? deadlines[DEADLINE_FIELDS[kind]] : null;
  return kind && deadline ? { kind, label: DEADLINE_LABELS[kind], deadline } : null;
}
