import type { EntityManager } from 'typeorm';
import type { StaffViewer } from '../../common/auth/actor.js';
import type { ReferralRepository } from '../referrals/referral.repository.js';
import { OVERDUE_SQL } from '../referrals/deadlines/referral-deadlines.js';

/** The raw figures of a dashboard, as PostgreSQL returns them (numbers as text; null when there is nothing to measure). */
export interface DashboardFigures {
  statusCounts: { status: string; count: string }[];
  figures: Record<string, string | null> | undefined;
  overdue: number;
}

/** The dashboard's queries, over the referrals the viewer may see (ReferralRepository.visibleTo). */
export class DashboardRepository {
  constructor(private readonly referrals: ReferralRepository) {}

  /**
   * For the referrals created in [start, end): counts by status; median hours to acceptance and to first
   * contact; how many were sent and how many of those with consent; Stalking Protection Orders considered,
   * applied for and granted; breaches. And, whatever the period, how many are overdue now.
   */
  async figures(manager: EntityManager, viewer: StaffViewer, start: Date, end: Date): Promise<DashboardFigures> {
    const base = () =>
      this.referrals.visibleTo(manager, viewer).andWhere('r.created_at >= :start AND r.created_at < :end', { start, end });
    const statusCounts: { status: string; count: string }[] = await base()
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
    const overdue = await this.referrals.visibleTo(manager, viewer).andWhere(OVERDUE_SQL).getCount();
    return { statusCounts, figures, overdue };
  }
}
