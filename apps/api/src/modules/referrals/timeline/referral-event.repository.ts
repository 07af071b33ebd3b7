import { In, type EntityManager } from 'typeorm';
import type { ReferralEntity } from '../referral.entity.js';
import { ReferralEventEntity } from './referral-event.entity.js';
import { recordOf } from '../referral-record.js';

/** A new timeline entry, and who made it. */
export interface NewReferralEvent {
  readonly kind: string;
  readonly summary: string;
  readonly actorId: string | null;
  readonly actorOrganisationId: string | null;
}

/** The only reader and writer of referral timelines (`referral_events`). */
export class ReferralEventRepository {
  async add(manager: EntityManager, referral: ReferralEntity, event: NewReferralEvent): Promise<void> {
    await manager.insert(ReferralEventEntity, {
      ...recordOf(referral),
      ...event,
    });
  }

  /** The events of each of `referralIds`, newest first. */
  forReferrals(manager: EntityManager, referralIds: readonly string[]): Promise<ReferralEventEntity[]> {
    return manager.find(ReferralEventEntity, { where: { referralId: In([...referralIds]) }, order: { at: 'DESC' } });
  }
}
