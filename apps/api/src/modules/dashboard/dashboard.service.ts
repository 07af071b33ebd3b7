import { DATA_SHARING_POLICY } from '@lantern/schema/data-sharing';
import { audienceOf } from '../referrals/sharing/referral-sharing.js';
import { REFERRAL_STATUSES } from '@lantern/schema/referral-status';
import type { StaffActor } from '../../common/auth/actor.js';
import type { AuditService } from '../../common/audit/audit.service.js';
import { badInput } from '../../common/errors/app-error.js';
import type { TransactionRunner } from '../../common/transaction-runner.js';
import type { DashboardRepository } from './dashboard.repository.js';
import { Dashboard, StatusCount } from './dashboard.type.js';

const DAY = 24 * 3600_000;

/** Force and service figures: status counts, timeliness, consent, Stalking Protection Orders and breaches. */
export class DashboardService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repository: DashboardRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * The figures for referrals the actor may see created from `from` (default: 90 days before `to`) to `to`
   * (default: now); hours to one decimal place, the consent rate to three. Refuses with BAD_USER_INPUT a
   * period that does not start before it ends.
   */
  async dashboard(actor: StaffActor, from?: Date | null, to?: Date | null): Promise<Dashboard> {
    const end = to ?? new Date();
    const start = from ?? new Date(end.getTime() - 90 * DAY);
    if (start >= end) throw badInput([{ field: 'from', message: 'The start of the period must be before its end' }]);
    const { statusCounts, figures, overdue } = await this.tx.run(actor, async (manager) => {
      const result = await this.repository.figures(manager, actor.viewer, start, end);
      await this.audit.recordRead(manager, actor, { action: 'DASHBOARD', entityType: 'referral' });
      return result;
    });
    const sent = Number(figures?.sent ?? 0);
    const counts = new Map(statusCounts.map((row) => [row.status, Number(row.count)]));
    const num = (value: string | null | undefined) => (value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10);
    return Object.assign(new Dashboard(), {
      from: start,
      to: end,
      totalReferrals: [...counts.values()].reduce((a, b) => a + b, 0),
      byStatus: REFERRAL_STATUSES.map((status) => Object.assign(new StatusCount(), { status, count: counts.get(status) ?? 0 })),
      overdue,
      medianHoursToAcceptance: num(figures?.acceptance),
      medianHoursToFirstContact: num(figures?.contact),
      consentRate: sent > 0 ? Math.round((Number(figures?.consented ?? 0) / sent) * 1000) / 1000 : null,
      ordersConsidered: Number(figures?.considered ?? 0),
      ordersApplied: Number(figures?.applied ?? 0),
      ordersGranted: Number(figures?.granted ?? 0),
      // Breaches are police-only (ORDER_DETAILS): a count of them must not reach a service either.
      breaches: this.showsBreaches(actor) ? Number(figures?.breaches ?? 0) : null,
    });
  }

  /** True when the actor's audience is shown order breaches in some state (the data-sharing policy). */
  private showsBreaches(actor: StaffActor): boolean {
    const audience = audienceOf(actor.viewer);
    return audience !== null && DATA_SHARING_POLICY.ORDER_DETAILS.visibleIn[audience].length > 0;
  }
}
