import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { byReferral } from '../../../common/loading.js';
import type { OrderBreachEntity } from './order-breach.entity.js';
import type { OrderBreachRepository } from './order-breach.repository.js';

/** Per-request loader of each referral's order breaches, latest first. */
export function createOrderBreachLoaders(repository: OrderBreachRepository, manager: EntityManager) {
  return {
    breaches: new DataLoader<string, OrderBreachEntity[]>(async (ids) => byReferral(await repository.forReferrals(manager, ids), ids)),
  };
}

export type OrderBreachLoaders = ReturnType<typeof createOrderBreachLoaders>;
