import { LIMITS } from '@lantern/schema/limits';
import { statusesShowing } from '@lantern/schema/data-sharing';
import type { StaffActor } from '../../../common/auth/actor.js';
import type { AuditService } from '../../../common/audit/audit.service.js';
import { badInput } from '../../../common/errors/app-error.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { ReferralSort } from '../../../common/vocabularies.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralListFilter, ReferralRepository } from '../referral.repository.js';
import { audienceOf } from '../sharing/referral-sharing.js';

/** One page of a list of referrals. */
export interface ReferralPage {
  rows: ReferralEntity[];
  /** The position of the page's first row in the whole list. */
  offset: number;
  totalCount: number;
  hasNextPage: boolean;
}

/** The opaque cursor of the row at `offset`. */
export const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput([{ field: 'after', message: 'The page cursor is not valid. Start again from the first page.' }]);
  return Number(match[1]) + 1;
}

/** Listing referrals: filtered, sorted and paginated, always within what the actor may see. */
export class ListReferralsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly referrals: ReferralRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * `first` referrals (1 to 100) after the cursor `after`. The ids listed are audited. Refuses with
   * BAD_USER_INPUT a page size out of range or a cursor this API did not make.
   */
  async list(actor: StaffActor, filter: ReferralListFilter | null | undefined, sort: ReferralSort, first: number, after?: string | null): Promise<ReferralPage> {
    if (!Number.isInteger(first) || first < 1 || first > LIMITS.pageSize.max) {
      throw badInput([{ field: 'first', message: `Ask for between 1 and ${LIMITS.pageSize.max} referrals at a time` }]);
    }
    const offset = decodeCursor(after);
    return this.tx.run(actor, async (manager) => {
      const { rows, totalCount } = await this.referrals.page(manager, actor.viewer, {
        // A risk filter must not reveal a risk level the data-sharing policy hides (e.g. after a decline).
        filter: { ...filter, search: filter?.search?.trim() || null, riskShownIn: this.riskShownIn(actor) },
        sort,
        offset,
        limit: first,
      });
      const page = rows.slice(0, first);
      await this.audit.recordRead(manager, actor, { action: 'LIST', entityType: 'referral', detail: { ids: page.map((r) => r.id) } });
      return { rows: page, offset, totalCount, hasNextPage: rows.length > first };
    });
  }

  /** The statuses in which the actor may see a referral's risk level. */
  private riskShownIn(actor: StaffActor): string[] {
    const audience = audienceOf(actor.viewer);
    return audience ? statusesShowing(audience, 'RISK') : [];
  }
}
