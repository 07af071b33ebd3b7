import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { CURRENT_DEADLINE_BY_STATUS, type DeadlineKind } from '@lantern/schema/deadlines';
import type { StaffViewer } from '../../common/auth/actor.js';
import { conflict } from '../../common/errors/app-error.js';
import type { ReferralSort } from '../../common/vocabularies.js';
import { ReferralEntity } from './referral.entity.js';
import { OVERDUE_SQL } from './deadlines/referral-deadlines.js';

/** The fields of a referral a change may set. */
export type ReferralChanges = Partial<Omit<ReferralEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>>;

/** What a list of referrals may be narrowed by (every list is already limited to what the viewer may see). */
export interface ReferralListFilter {
  statuses?: readonly string[] | null;
  riskLevels?: readonly string[] | null;
  /** The statuses in which the viewer may see the risk level (the data-sharing policy): a risk filter matches only those. */
  riskShownIn?: readonly string[] | null;
  overdue?: boolean | null;
  assignedToMe?: boolean | null;
  partnerServiceId?: string | null;
  awaitingAuthorisation?: boolean | null;
  hasUnacknowledgedUrgent?: boolean | null;
  /** Part of a reference, crime reference or victim name, already trimmed. */
  search?: string | null;
}

/** The column holding each kind of deadline's due time, on a referrals row aliased `r`. */
const DUE_COLUMNS: Record<DeadlineKind, string> = {
  REFERRAL_SENT: 'r.referral_sent_due_at',
  ACCEPTANCE: 'r.acceptance_due_at',
  FIRST_CONTACT: 'r.first_contact_due_at',
};

/**
 * When the current deadline is due, as SQL: the same table as `currentDeadline` (CURRENT_DEADLINE_BY_STATUS
 * in packages/schema), one WHEN per status that has one; NULL for the others. The statuses and columns are
 * constants, never input.
 */
const NEXT_DUE_SQL = `CASE r.status ${Object.entries(CURRENT_DEADLINE_BY_STATUS)
  .map(([status, kind]) => `WHEN '${status}' THEN ${DUE_COLUMNS[kind]}`)
  .join(' ')} END`;

const ORDER: Record<ReferralSort, [string, 'ASC' | 'DESC', ('NULLS FIRST' | 'NULLS LAST')?][]> = {
  NEWEST: [['r.created_at', 'DESC']],
  OLDEST: [['r.created_at', 'ASC']],
  PRIORITY: [
    [`(r.first_contact_at IS NULL AND r.status IN ('ACCEPTED', 'ALLOCATED') AND r.first_contact_due_at < now())`, 'DESC'],
    [`(r.status = 'SUBMITTED' AND r.acceptance_due_at < now())`, 'DESC'],
    // Risk orders only the referrals whose risk level the viewer is shown (`riskShownIn`), so the order of a
    // list never reveals a level the data-sharing policy hides (e.g. after a decline).
    [`CASE WHEN r.status = ANY(:riskShownIn) THEN (CASE r.risk_level WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END) ELSE 2 END`, 'ASC'],
    ['r.updated_at', 'ASC'],
  ],
  NEXT_DEADLINE: [[NEXT_DUE_SQL, 'ASC', 'NULLS LAST'], ['r.created_at', 'ASC']],
};

const UNACKNOWLEDGED_URGENT_SQL = `EXISTS (SELECT 1 FROM safeguarding_updates u WHERE u.referral_id = r.id AND u.urgent AND u.acknowledged_at IS NULL)`;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The only place that reads and writes referral rows. */
export class ReferralRepository {
  findById(manager: EntityManager, id: string): Promise<ReferralEntity | null> {
    return manager.findOneBy(ReferralEntity, { id });
  }

  /** The referrals with these ids that the transaction's viewer may see (row-level security), in no order. */
  findByIds(manager: EntityManager, ids: readonly string[]): Promise<ReferralEntity[]> {
    return manager.findBy(ReferralEntity, { id: In([...ids]) });
  }

  async insert(manager: EntityManager, referral: Omit<ReferralEntity, 'version' | 'updatedAt'>): Promise<ReferralEntity> {
    await manager.insert(ReferralEntity, { ...referral, version: 1, updatedAt: referral.createdAt });
    return manager.findOneByOrFail(ReferralEntity, { id: referral.id });
  }

  /**
   * Applies `changes` only if nobody changed the referral since `expectedVersion` was read, and moves the
   * version on. A stale write changes nothing and fails with CONFLICT.
   */
  async update(manager: EntityManager, id: string, expectedVersion: number, changes: ReferralChanges): Promise<ReferralEntity> {
    const result = await manager
      .createQueryBuilder()
      .update(ReferralEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    if (result.affected !== 1) throw conflict();
    return manager.findOneByOrFail(ReferralEntity, { id });
  }

  /** The next reference of a force for a year, like EAS-2026-000123: one counter per force and year, never reused. */
  async nextReference(manager: EntityManager, policeForceId: string, forceCode: string, year: number): Promise<string> {
    const rows: { last_value: number }[] = await manager.query(
      `INSERT INTO reference_counters (police_force_id, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (police_force_id, year) DO UPDATE SET last_value = reference_counters.last_value + 1
       RETURNING last_value`,
      [policeForceId, year],
    );
    return `${forceCode}-${year}-${String(rows[0].last_value).padStart(6, '0')}`;
  }

  /**
   * A query over the referrals (aliased `r`) the viewer may see: the need-to-know rule of `canSee`
   * (referral-access.ts) as SQL, the same rule row-level security applies (`lantern_can_see_referral`). Lists and figures start from here.
   */
  visibleTo(manager: EntityManager, viewer: StaffViewer): SelectQueryBuilder<ReferralEntity> {
    // Also enforced by row-level security (lantern_can_see_referral); this WHERE keeps plans and intent plain.
    const query = manager.createQueryBuilder(ReferralEntity, 'r').where('true');
    const org = { viewerOrganisationId: viewer.organisationId, viewerUserId: viewer.userId };
    switch (viewer.role) {
      case 'OFFICER':
      case 'SUPERVISOR':
        return query.andWhere('r.police_force_id = :viewerOrganisationId', org);
      case 'PARTNER_MANAGER':
        return query.andWhere('r.partner_service_id = :viewerOrganisationId AND r.submitted_at IS NOT NULL', org);
      case 'ADVOCATE':
        return query.andWhere('r.partner_service_id = :viewerOrganisationId AND r.advocate_id = :viewerUserId', org);
      default:
        return query.andWhere('false');
    }
  }

  /** Those of `ids` the viewer may see (the rule of `visibleTo`), for child-row loaders. */
  async visibleIds(manager: EntityManager, viewer: StaffViewer, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.visibleTo(manager, viewer).select('r.id', 'id').andWhere('r.id IN (:...ids)', { ids: [...ids] }).getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /**
   * One page of the referrals the viewer may see that match `filter`, in `sort` order (then by id), from
   * `offset`; `rows` holds up to `limit` + 1 rows so the caller can tell whether another page follows.
   */
  async page(
    manager: EntityManager,
    viewer: StaffViewer,
    options: { filter: ReferralListFilter; sort: ReferralSort; offset: number; limit: number },
  ): Promise<{ rows: ReferralEntity[]; totalCount: number }> {
    const { filter } = options;
    const query = this.visibleTo(manager, viewer);
    if (filter.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.riskLevels?.length) {
      query.andWhere('r.risk_level IN (:...riskLevels) AND r.status = ANY(:riskShownIn)', {
        riskLevels: filter.riskLevels,
        riskShownIn: [...(filter.riskShownIn ?? [])],
      });
    }
    if (filter.overdue === true) query.andWhere(OVERDUE_SQL);
    if (filter.overdue === false) query.andWhere(`NOT ${OVERDUE_SQL}`);
    if (filter.assignedToMe) {
      const column = viewer.role === 'OFFICER' || viewer.role === 'SUPERVISOR' ? 'r.officer_id' : 'r.advocate_id';
      query.andWhere(`${column} = :me`, { me: viewer.userId });
    }
    if (filter.partnerServiceId) query.andWhere('r.partner_service_id = :partnerServiceId', { partnerServiceId: filter.partnerServiceId });
    if (filter.awaitingAuthorisation) query.andWhere(`r.status = 'DRAFT' AND r.no_consent->>'state' = 'REQUESTED'`);
    if (filter.hasUnacknowledgedUrgent !== undefined && filter.hasUnacknowledgedUrgent !== null) {
      query.andWhere(filter.hasUnacknowledgedUrgent ? UNACKNOWLEDGED_URGENT_SQL : `NOT ${UNACKNOWLEDGED_URGENT_SQL}`);
    }
    if (filter.search) {
      query.andWhere(
        `(r.reference ILIKE :search OR r.crime_reference ILIKE :search
          OR concat_ws(' ', r.victim->>'firstName', r.victim->>'lastName') ILIKE :search)`,
        { search: `%${escapeLike(filter.search)}%` },
      );
    }
    const totalCount = await query.getCount();
    query.setParameter('riskShownIn', [...(filter.riskShownIn ?? [])]);
    for (const [expression, direction, nulls] of ORDER[options.sort]) query.addOrderBy(expression, direction, nulls);
    query.addOrderBy('r.id', 'ASC');
    const rows = await query.offset(options.offset).limit(options.limit + 1).getMany();
    return { rows, totalCount };
  }

  /**
   * For each advocate, how many referrals of `partnerServiceId` they hold that are allocated or in contact
   * (their caseload). The service condition is written here as well as in row-level security, so no count
   * includes another service's (or force's) referrals.
   */
  async openCaseloads(manager: EntityManager, partnerServiceId: string, advocateIds: readonly string[]): Promise<number[]> {
    const rows: { advocate_id: string; open: string }[] = await manager.query(
      `SELECT advocate_id, count(*) AS open FROM referrals
       WHERE partner_service_id = $2 AND advocate_id = ANY($1) AND status IN ('ALLOCATED', 'IN_CONTACT') GROUP BY advocate_id`,
      [[...advocateIds], partnerServiceId],
    );
    return advocateIds.map((id) => Number(rows.find((row) => row.advocate_id === id)?.open ?? 0));
  }
}
