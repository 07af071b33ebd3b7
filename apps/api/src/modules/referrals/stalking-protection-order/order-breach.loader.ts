import DataLoader from 'dataloader';
import type { ScopedRead } from '../../../common/database-scope.js';
import { byReferral } from '../../../common/loading.js';
import type { OrderBreachEntity } from './order-breach.entity.js';
import type { OrderBreachRepository } from './order-breach.repository.js';

/** Per-request loader of each referral's order breaches, latest first. */
export function createOrderBreachLoaders(repository: OrderBreachRepository, read: ScopedRead) {
  return {
    breaches: new DataLoader<string, OrderBreachEntity[]>(async (ids) => byReferral(await read((manager) => repository.forReferrals(manager, ids)), ids)),
  };
}

export type OrderBreachLoaders = ReturnType<typeof createOrderBreachLoaders>;
