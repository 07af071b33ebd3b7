import type { EntityManager } from 'typeorm';
import type { ReferralRecordFacts } from './modules/referrals/referral-guard-facts.js';
import type { SafeguardingUpdateEntity } from './modules/safeguarding-updates/safeguarding-update.entity.js';
import type { SafeguardingUpdateRepository } from './modules/safeguarding-updates/safeguarding-update.repository.js';
import { isAwaitingAcknowledgement } from './modules/safeguarding-updates/awaiting-acknowledgement.js';
import type { VictimLinkEntity } from './modules/victim-links/victim-link.entity.js';
import type { VictimLinkRepository } from './modules/victim-links/victim-link.repository.js';
import { victimLinkState } from './modules/victim-links/victim-link-state.js';

/**
 * A referral's record facts (what the referral guards need beyond its row) from its safeguarding updates and
 * its latest victim link, however they were read: the per-request loaders or a transaction.
 */
export function referralRecordFacts(
  updates: readonly Pick<SafeguardingUpdateEntity, 'urgent' | 'acknowledgedAt'>[],
  latestLink: VictimLinkEntity | null,
  now = new Date(),
): ReferralRecordFacts {
  return {
    hasUnacknowledgedUrgentUpdate: updates.some(isAwaitingAcknowledgement),
    victimLinkState: latestLink ? victimLinkState(latestLink, now) : null,
  };
}

/** Reads a referral's record facts inside the caller's transaction, for the services' preconditions. */
export function createReferralRecordFactsReader(updates: SafeguardingUpdateRepository, links: VictimLinkRepository) {
  return async (manager: EntityManager, referralId: string): Promise<ReferralRecordFacts> => {
    const referralUpdates = await updates.forReferrals(manager, [referralId]);
    return referralRecordFacts(referralUpdates, await links.latestFor(manager, referralId));
  };
}
