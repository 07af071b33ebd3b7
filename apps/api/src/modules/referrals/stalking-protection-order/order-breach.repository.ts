import { In, type EntityManager } from 'typeorm';
import type { ReferralEntity } from '../referral.entity.js';
import { OrderBreachEntity } from './order-breach.entity.js';
import { recordOf } from '../referral-record.js';

/** The only reader and writer of breaches of Stalking Protection Orders. */
export class OrderBreachRepository {
  async add(
    manager: EntityManager,
    referral: ReferralEntity,
    breach: Pick<OrderBreachEntity, 'occurredOn' | 'description' | 'crimeReference' | 'recordedById' | 'recordedAt'>,
  ): Promise<void> {
    await manager.insert(OrderBreachEntity, {
      ...recordOf(referral),
      ...breach,
    });
  }

  /** The breaches recorded on each of `referralIds`, latest first. */
  forReferrals(manager: EntityManager, referralIds: readonly string[]): Promise<OrderBreachEntity[]> {
    return manager.find(OrderBreachEntity, { where: { referralId: In([...referralIds]) }, order: { occurredOn: 'DESC' } });
  }
}
