import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { Repositories } from './repositories.js';
import { createIdentityLoaders } from './modules/identity/identity.loader.js';
import { createNotificationLoaders } from './modules/notifications/notification.loader.js';
import { createCaseworkLoaders } from './modules/referrals/casework/casework.loader.js';
import type { ReferralRecordFacts } from './modules/referrals/referral-guard-facts.js';
import { createOrderBreachLoaders } from './modules/referrals/stalking-protection-order/order-breach.loader.js';
import { createReferralEventLoaders } from './modules/referrals/timeline/referral-event.loader.js';
import { createSafeguardingUpdateLoaders } from './modules/safeguarding-updates/safeguarding-update.loader.js';
import { createVictimLinkLoaders } from './modules/victim-links/victim-link.loader.js';
import { referralRecordFacts } from './referral-record-facts.js';

/**
 * Per-request batch loaders, composed from each module's own. They read committed data through the pool's
 * `manager`, so resolvers map a changed referral after its transaction has committed.
 */
export function createLoaders(repositories: Repositories, manager: EntityManager) {
  const r = repositories;
  const updates = createSafeguardingUpdateLoaders(r.safeguardingUpdates, manager);
  const links = createVictimLinkLoaders(r.victimLinks, manager);
  return {
    ...createIdentityLoaders(r.users, r.organisations, manager),
    ...createReferralEventLoaders(r.timeline, manager),
    ...createCaseworkLoaders(r.contactAttempts, r.referrals, manager),
    ...createOrderBreachLoaders(r.orderBreaches, manager),
    ...createNotificationLoaders(r.notificationOutbox, manager),
    ...updates,
    ...links,
    /** What the referral guards need beyond the referral row, from the safeguarding-update and victim-link loaders. */
    referralRecordFacts: new DataLoader<string, ReferralRecordFacts>((ids) =>
      Promise.all(
        ids.map(async (id) => referralRecordFacts(await updates.safeguardingUpdates.load(id), await links.latestVictimLink.load(id))),
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
