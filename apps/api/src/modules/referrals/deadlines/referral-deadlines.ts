import { currentDeadline, DEADLINE_TARGETS, type DeadlineState } from '@lantern/schema/deadlines';
import { FINISHED_STATUSES, type ReferralStatus } from '@lantern/schema/referral-status';
import type { RiskLevel } from '@lantern/schema/vocabularies';
import { addWorkingDays } from '../../../common/time/working-days.js';
import type { ReferralEntity } from '../referral.entity.js';
import { CurrentDeadline, Deadline, ReferralDeadlines } from './referral-deadlines.type.js';

/**
 * The referral-sent deadline: the end of the 2nd working day (England and Wales, London time) after the
 * crime was reported (Victims' Code, right 4; DEADLINE_TARGETS in packages/schema).
 */
export function referralSentDue(reportedAt: Date): Date {
  return addWorkingDays(reportedAt, DEADLINE_TARGETS.referralSentWorkingDays);
}

/** The acceptance deadline: the end of the working day after the referral was sent. */
export function acceptanceDue(submittedAt: Date): Date {
  return addWorkingDays(submittedAt, DEADLINE_TARGETS.acceptanceWorkingDays);
}

/**
 * The first-contact deadline, from acceptance: 1 working day for a high-risk referral, otherwise the
 * service's own target in working days.
 */
export function firstContactDue(acceptedAt: Date, riskLevel: RiskLevel | null, serviceTargetDays: number): Date {
  const days = riskLevel === 'HIGH' ? DEADLINE_TARGETS.firstContactHighRiskWorkingDays : serviceTargetDays;
  return addWorkingDays(acceptedAt, days);
}

/** Met, met late (MISSED), still due, or overdue; null when the referral finished before it mattered. */
export function deadlineState(dueAt: Date, metAt: Date | null, finished: boolean, now: Date): Deadline | null {
  let state: DeadlineState;
  if (metAt) state = metAt.getTime() <= dueAt.getTime() ? 'MET' : 'MISSED';
  else if (finished) return null;
  else state = now.getTime() > dueAt.getTime() ? 'OVERDUE' : 'DUE';
  return Object.assign(new Deadline(), { dueAt, metAt, state });
}

/** The referral's deadlines as of `now`: only those that have started, each met, missed, due or overdue. */
export function deadlinesOf(entity: ReferralEntity, now: Date): ReferralDeadlines {
  const finished = FINISHED_STATUSES.includes(entity.status);
  const sent = deadlineState(entity.referralSentDueAt, entity.submittedAt, finished, now) ?? {
    dueAt: entity.referralSentDueAt,
    metAt: null,
    state: (now.getTime() > entity.referralSentDueAt.getTime() ? 'MISSED' : 'DUE') as DeadlineState,
  };
  return Object.assign(new ReferralDeadlines(), {
    referralSent: Object.assign(new Deadline(), sent),
    acceptance: entity.acceptanceDueAt ? deadlineState(entity.acceptanceDueAt, entity.decidedAt, finished, now) : null,
    firstContact: entity.firstContactDueAt
      ? deadlineState(entity.firstContactDueAt, entity.firstContactAt, finished, now)
      : null,
  });
}

/**
 * The deadline that matters while the referral is in `status` (`currentDeadline` in packages/schema: sending a
 * draft, the service's decision, first contact), with its state; null when none does.
 */
export function currentDeadlineOf(status: ReferralStatus, deadlines: ReferralDeadlines): CurrentDeadline | null {
  const current = currentDeadline(status, deadlines);
  return current ? Object.assign(new CurrentDeadline(), { kind: current.kind, label: current.label, ...current.deadline }) : null;
}

/** True when a deadline that still matters has passed. */
export function isOverdue(deadlines: ReferralDeadlines): boolean {
  return [deadlines.referralSent, deadlines.acceptance, deadlines.firstContact].some((d) => d?.state === 'OVERDUE');
}

/** The same rule as isOverdue, as SQL over a referrals row aliased `r`. */
export const OVERDUE_SQL = `(
  (r.status = 'DRAFT' AND r.referral_sent_due_at < now())
  OR (r.status = 'SUBMITTED' AND r.acceptance_due_at < now())
  OR (r.status IN ('ACCEPTED', 'ALLOCATED', 'IN_CONTACT') AND r.first_contact_at IS NULL AND r.first_contact_due_at < now())
)`;
