import { In, type EntityManager } from 'typeorm';
import type { ReferralEntity } from '../referrals/referral.entity.js';
import { SafeguardingUpdateEntity } from './safeguarding-update.entity.js';
import { recordOf } from '../referrals/referral-record.js';

/** The only reader and writer of safeguarding updates. */
export class SafeguardingUpdateRepository {
  findById(manager: EntityManager, id: string): Promise<SafeguardingUpdateEntity | null> {
    return manager.findOneBy(SafeguardingUpdateEntity, { id });
  }

  /** Adds an update to `referral`, carrying the referral's tenancy. */
  async insert(
    manager: EntityManager,
    referral: ReferralEntity,
    update: Omit<SafeguardingUpdateEntity, 'referralId' | 'policeForceId' | 'partnerServiceId'>,
  ): Promise<void> {
    await manager.insert(SafeguardingUpdateEntity, {
      ...update,
      ...recordOf(referral),
    });
  }

  /** Records who acknowledged the update and when, and returns it as stored. */
  async acknowledge(manager: EntityManager, id: string, acknowledgedById: string): Promise<SafeguardingUpdateEntity> {
    await manager.update(SafeguardingUpdateEntity, { id }, { acknowledgedById, acknowledgedAt: new Date() });
    return manager.findOneByOrFail(SafeguardingUpdateEntity, { id });
  }

  /** The updates on each of `referralIds`, newest first. */
  forReferrals(manager: EntityManager, referralIds: readonly string[]): Promise<SafeguardingUpdateEntity[]> {
    return manager.find(SafeguardingUpdateEntity, { where: { referralId: In([...referralIds]) }, order: { postedAt: 'DESC' } });
  }

  /** The updates on a referral the service chose to share with the victim, newest first. */
  sharedWithVictim(manager: EntityManager, referralId: string): Promise<SafeguardingUpdateEntity[]> {
    return manager.find(SafeguardingUpdateEntity, { where: { referralId, visibleToVictim: true }, order: { postedAt: 'DESC' } });
  }
}
