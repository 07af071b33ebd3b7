import DataLoader from 'dataloader';
import type { VisibleRead } from '../../../common/database-scope.js';
import { byReferral } from '../../../common/loading.js';
import type { OrderBreachEntity } from './order-breach.entity.js';
import type { OrderBreachRepository } from './order-breach.repository.js';

/** Per-request loader of each referral's order breaches, latest first. */
export function createOrderBreachLoaders(repository: OrderBreachRepository, within: VisibleRead) {
  return {
    breaches: new DataLoader<string, OrderBreachEntity[]>(async (ids) => byReferral(await within(ids, (manager, visible) => repository.forReferrals(manager, visible)), ids)),
  };
}

export type OrderBreachLoaders = ReturnType<typeof createOrderBreachLoaders>;
