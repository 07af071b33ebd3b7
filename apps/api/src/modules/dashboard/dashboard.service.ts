import { REFERRAL_STATUSES } from '@lantern/schema/referral-status';
import type { Context } from '../../context.js';
import { badInput } from '../../common/errors/app-error.js';
import { visibleReferrals } from '../referrals/referral-access.js';
import { OVERDUE_SQL } from '../referrals/referral-deadlines.js';
import { staffViewer } from '../referrals/referral-workflow.js';
import { Dashboard, StatusCount } from './dashboard.type.js';

const DAY = 24 * 3600_000;

/** Force and service figures: status counts, timeliness, consent, protective orders and breaches. */
export class DashboardService {
  async dashboard(ctx: Context, from?: Date | null, to?: Date | null): Promise<Dashboard> {
    const viewer = staffViewer(ctx);
    const end = to ?? new Date();
    const start = from ?? new Date(end.getTime() - 90 * DAY);
    if (start >= end) throw badInput([{ field: 'from', message: 'The start of the period must be before its end' }]);
    const base = () =>
      visibleReferrals(ctx.dataSource.manager, viewer).andWhere(
        'r.created_at >= :start AND r.created_at < :end',
        { start, end },
      );
    const statusRows: { status: string; count: string }[] = await base()
      .select('r.status', 'status')
      .addSelect('count(*)', 'count')
      .groupBy('r.status')
      .getRawMany();
    const figures = await base()
      .select(`percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.decided_at - r.submitted_at) / 3600)
        FILTER (WHERE r.accepted_at IS NOT NULL)`, 'acceptance')
      .addSelect(`percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.first_contact_at - r.accepted_at) / 3600)
        FILTER (WHERE r.first_contact_at IS NOT NULL)`, 'contact')
      .addSelect(`count(*) FILTER (WHERE r.submitted_at IS NOT NULL)`, 'sent')
      .addSelect(`count(*) FILTER (WHERE r.submitted_at IS NOT NULL AND (r.consent->>'given')::boolean)`, 'consented')
      .addSelect(`count(*) FILTER (WHERE (r.protective_order->>'considered')::boolean)`, 'considered')
      .addSelect(`count(*) FILTER (WHERE r.protective_order->>'decision' IN ('APPLIED_INTERIM','INTERIM_GRANTED','APPLIED_FULL','FULL_GRANTED','REFUSED_BY_COURT'))`, 'applied')
      .addSelect(`count(*) FILTER (WHERE r.protective_order->>'decision' IN ('INTERIM_GRANTED','FULL_GRANTED'))`, 'granted')
      .addSelect(`coalesce(sum((SELECT count(*) FROM order_breaches b WHERE b.referral_id = r.id)), 0)`, 'breaches')
      .getRawOne<Record<string, string | null>>();
    const overdue = await visibleReferrals(ctx.dataSource.manager, viewer)
      .andWhere(OVERDUE_SQL)
      .getCount();
    const sent = Number(figures?.sent ?? 0);
    const counts = new Map(statusRows.map((row) => [row.status, Number(row.count)]));
    const num = (value: string | null | undefined) => (value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10);
    await ctx.services.audit.record(ctx.dataSource.manager, ctx, { action: 'DASHBOARD', entityType: 'referral' });
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
      breaches: Number(figures?.breaches ?? 0),
    });
  }
}
