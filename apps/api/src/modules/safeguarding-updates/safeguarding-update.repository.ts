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

  /**
   * Records who acknowledged the update and when, only if nobody has yet, in one conditional UPDATE (a
   * racing acknowledgement waits for this one and then finds it done). Returns the update as stored and
   * whether this call was the one that acknowledged it.
   */
  async acknowledge(manager: EntityManager, id: string, acknowledgedById: string): Promise<{ update: SafeguardingUpdateEntity; first: boolean }> {
    const result = await manager
      .createQueryBuilder()
      .update(SafeguardingUpdateEntity)
      .set({ acknowledgedById, acknowledgedAt: () => 'now()' })
      .where('id = :id AND acknowledged_at IS NULL', { id })
      .execute();
    return { update: await manager.findOneByOrFail(SafeguardingUpdateEntity, { id }), first: (result.affected ?? 0) === 1 };
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
