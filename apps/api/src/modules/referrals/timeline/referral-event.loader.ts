import DataLoader from 'dataloader';
import type { VisibleRead } from '../../../common/database-scope.js';
import { byReferral } from '../../../common/loading.js';
import type { ReferralEventEntity } from './referral-event.entity.js';
import type { ReferralEventRepository } from './referral-event.repository.js';

/** Per-request loader of each referral's timeline, newest first. */
export function createReferralEventLoaders(repository: ReferralEventRepository, within: VisibleRead) {
  return {
    events: new DataLoader<string, ReferralEventEntity[]>(async (ids) => byReferral(await within(ids, (manager, visible) => repository.forReferrals(manager, visible)), ids)),
  };
}

export type ReferralEventLoaders = ReturnType<typeof createReferralEventLoaders>;
