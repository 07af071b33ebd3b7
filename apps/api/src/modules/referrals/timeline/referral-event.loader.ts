import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { byReferral } from '../../../common/loading.js';
import type { ReferralEventEntity } from './referral-event.entity.js';
import type { ReferralEventRepository } from './referral-event.repository.js';

/** Per-request loader of each referral's timeline, newest first. */
export function createReferralEventLoaders(repository: ReferralEventRepository, manager: EntityManager) {
  return {
    events: new DataLoader<string, ReferralEventEntity[]>(async (ids) => byReferral(await repository.forReferrals(manager, ids), ids)),
  };
}

export type ReferralEventLoaders = ReturnType<typeof createReferralEventLoaders>;
