import { DEADLINE_TARGETS, type DeadlineState } from '@lantern/schema/deadlines';
import { FINISHED_STATUSES } from '@lantern/schema/referral-status';
import type { RiskLevel } from '@lantern/schema/vocabularies';
import { addWorkingDays } from '../../common/time/working-days.js';
import type { ReferralEntity } from './referral.entity.js';
import { Deadline, ReferralDeadlines } from './referral-parts.type.js';

export function referralSentDue(reportedAt: Date): Date {
  return addWorkingDays(reportedAt, DEADLINE_TARGETS.referralSentWorkingDays);
}

export function acceptanceDue(submittedAt: Date): Date {
  return addWorkingDays(submittedAt, DEADLINE_TARGETS.acceptanceWorkingDays);
}

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

export function isOverdue(deadlines: ReferralDeadlines): boolean {
  return [deadlines.referralSent, deadlines.acceptance, deadlines.firstContact].some((d) => d?.state === 'OVERDUE');
}

/** The same rule as isOverdue, as SQL over a referrals row aliased `r`. */
export const OVERDUE_SQL = `(
  (r.status = 'DRAFT' AND r.referral_sent_due_at < now())
  OR (r.status = 'SUBMITTED' AND r.acceptance_due_at < now())
  OR (r.status IN ('ACCEPTED', 'ALLOCATED', 'IN_CONTACT') AND r.first_contact_at IS NULL AND r.first_contact_due_at < now())
)`;
