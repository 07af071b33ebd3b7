import { LIMITS } from '@lantern/schema/limits';
import type { Context } from '../../context.js';
import { badInput } from '../../common/errors/app-error.js';
import type { ReferralEntity } from './referral.entity.js';
import type { ReferralFilter } from './referral-filter.input.js';
import { canSee, visibleReferrals } from './referral-access.js';
import { OVERDUE_SQL } from './referral-deadlines.js';
import { staffViewer, type ReferralWorkflow } from './referral-workflow.js';

export type ReferralSort = 'NEWEST' | 'OLDEST' | 'PRIORITY' | 'NEXT_DEADLINE';

const NEXT_DUE_SQL = `CASE r.status WHEN 'DRAFT' THEN r.referral_sent_due_at WHEN 'SUBMITTED' THEN r.acceptance_due_at
  WHEN 'ACCEPTED' THEN r.first_contact_due_at WHEN 'ALLOCATED' THEN r.first_contact_due_at END`;

const ORDER: Record<ReferralSort, [string, 'ASC' | 'DESC', ('NULLS FIRST' | 'NULLS LAST')?][]> = {
  NEWEST: [['r.created_at', 'DESC']],
  OLDEST: [['r.created_at', 'ASC']],
  PRIORITY: [
    [`(r.first_contact_at IS NULL AND r.status IN ('ACCEPTED', 'ALLOCATED') AND r.first_contact_due_at < now())`, 'DESC'],
    [`(r.status = 'SUBMITTED' AND r.acceptance_due_at < now())`, 'DESC'],
    [`CASE r.risk_level WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END`, 'ASC'],
    ['r.updated_at', 'ASC'],
  ],
  NEXT_DEADLINE: [[NEXT_DUE_SQL, 'ASC', 'NULLS LAST'], ['r.created_at', 'ASC']],
};

export interface ReferralPage {
  rows: ReferralEntity[];
  offset: number;
  totalCount: number;
  hasNextPage: boolean;
}

export const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput([{ field: 'after', message: 'The page cursor is not valid. Start again from the first page.' }]);
  return Number(match[1]) + 1;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Reading referrals: one by id, or a filtered, paginated list, always within what the viewer may see. */
export class ReferralQueryService {
  constructor(private readonly workflow: ReferralWorkflow) {}

  /** The referral, or null when it does not exist or the viewer may not see it (both audited). */
  async get(ctx: Context, id: string): Promise<ReferralEntity | null> {
    const viewer = staffViewer(ctx);
    const manager = ctx.dataSource.manager;
    const referral = await this.workflow.repository.findById(manager, id);
    const visible = referral !== null && canSee(viewer, referral);
    await this.workflow.audit.record(manager, ctx, {
      action: 'READ',
      entityType: 'referral',
      entityId: id,
      outcome: visible ? 'ALLOWED' : 'DENIED',
    });
    return visible ? referral : null;
  }

  async list(ctx: Context, filter: ReferralFilter | null | undefined, sort: ReferralSort, first: number, after?: string | null): Promise<ReferralPage> {
    const viewer = staffViewer(ctx);
    if (!Number.isInteger(first) || first < 1 || first > LIMITS.pageSize.max) {
      throw badInput([{ field: 'first', message: `Ask for between 1 and ${LIMITS.pageSize.max} referrals at a time` }]);
    }
    const offset = decodeCursor(after);
    const query = visibleReferrals(ctx.dataSource.manager, viewer);
    if (filter?.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.riskLevels?.length) query.andWhere('r.risk_level IN (:...riskLevels)', { riskLevels: filter.riskLevels });
    if (filter?.overdue === true) query.andWhere(OVERDUE_SQL);
    if (filter?.overdue === false) query.andWhere(`NOT ${OVERDUE_SQL}`);
    if (filter?.assignedToMe) {
      const column = viewer.role === 'OFFICER' || viewer.role === 'SUPERVISOR' ? 'r.officer_id' : 'r.advocate_id';
      query.andWhere(`${column} = :me`, { me: viewer.userId });
    }
    if (filter?.partnerServiceId) query.andWhere('r.partner_service_id = :partnerServiceId', { partnerServiceId: filter.partnerServiceId });
    if (filter?.awaitingAuthorisation) query.andWhere(`r.status = 'DRAFT' AND r.no_consent->>'state' = 'REQUESTED'`);
    if (filter?.hasUnacknowledgedUrgent !== undefined && filter?.hasUnacknowledgedUrgent !== null) {
      const exists = `EXISTS (SELECT 1 FROM safeguarding_updates u WHERE u.referral_id = r.id AND u.urgent AND u.acknowledged_at IS NULL)`;
      query.andWhere(filter.hasUnacknowledgedUrgent ? exists : `NOT ${exists}`);
    }
    const search = filter?.search?.trim();
    if (search) {
      query.andWhere(
        `(r.reference ILIKE :search OR r.crime_reference ILIKE :search
          OR concat_ws(' ', r.victim->>'firstName', r.victim->>'lastName') ILIKE :search)`,
        { search: `%${escapeLike(search)}%` },
      );
    }
    const totalCount = await query.getCount();
    for (const [expression, direction, nulls] of ORDER[sort]) query.addOrderBy(expression, direction, nulls);
    query.addOrderBy('r.id', 'ASC');
    const rows = await query.offset(offset).limit(first + 1).getMany();
    const page = rows.slice(0, first);
    await this.workflow.audit.record(ctx.dataSource.manager, ctx, {
      action: 'LIST',
      entityType: 'referral',
      detail: { ids: page.map((r) => r.id) },
    });
    return { rows: page, offset, totalCount, hasNextPage: rows.length > first };
  }
}
