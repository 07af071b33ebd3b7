import { In, type EntityManager } from 'typeorm';
import type { ReferralEntity } from '../referral.entity.js';
import { ContactAttemptEntity } from './contact-attempt.entity.js';
import { recordOf } from '../referral-record.js';

/** The only reader and writer of contact attempts. */
export class ContactAttemptRepository {
  async add(
    manager: EntityManager,
    referral: ReferralEntity,
    attempt: Pick<ContactAttemptEntity, 'outcome' | 'note' | 'attemptedAt' | 'recordedById' | 'recordedAt'>,
  ): Promise<void> {
    await manager.insert(ContactAttemptEntity, {
      ...recordOf(referral),
      ...attempt,
    });
  }

  /** The attempts on each of `referralIds`, oldest first. */
  forReferrals(manager: EntityManager, referralIds: readonly string[]): Promise<ContactAttemptEntity[]> {
    return manager.find(ContactAttemptEntity, { where: { referralId: In([...referralIds]) }, order: { attemptedAt: 'ASC' } });
  }
}
