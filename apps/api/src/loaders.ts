import DataLoader from 'dataloader';
import type { Actor } from './common/auth/actor.js';
import type { ScopedRead, VisibleRead } from './common/database-scope.js';
import { byId } from './common/loading.js';
import type { ReferralEntity } from './modules/referrals/referral.entity.js';
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
 * Per-request batch loaders, composed from each module's own, built for the request's actor. Each batch reads
 * through `read`, a transaction of the actor's own scope (TransactionRunner.run), so row-level security limits
 * every nested field to what the viewer may see; they read committed data, so resolvers map a changed
 * referral after its transaction has committed.
 */
export function createLoaders(repositories: Repositories, actor: Actor, read: ScopedRead) {
  const r = repositories;
  const staff = actor.viewer?.kind === 'staff' ? actor.viewer : null;
  // Child rows are read only for referrals the viewer may see, checked in the same transaction: the loader
  // carries the tenant condition itself, as well as row-level security (none for a victim or nobody).
  const within: VisibleRead = (ids, work) =>
    read(async (manager) => work(manager, staff ? await r.referrals.visibleIds(manager, staff, ids) : []));
  const updates = createSafeguardingUpdateLoaders(r.safeguardingUpdates, within);
  const links = createVictimLinkLoaders(r.victimLinks, within);
  return {
    ...createIdentityLoaders(r.users, r.organisations, read),
    ...createReferralEventLoaders(r.timeline, within),
    ...createCaseworkLoaders(r.contactAttempts, r.referrals, staff, read, within),
    ...createOrderBreachLoaders(r.orderBreaches, within),
    ...createNotificationLoaders(r.notificationOutbox, within),
    ...updates,
    ...links,
    /**
     * Referrals by id, for nested fields such as SafeguardingUpdate.referral: one read per request however
     * many fields ask, each referral's read audited once in the request's buffer (null when not visible).
     */
    referrals: new DataLoader<string, ReferralEntity | null>(async (ids) => {
      const rows = byId(await read((manager) => r.referrals.findByIds(manager, ids)), ids);
      rows.forEach((row, i) => actor.reads?.add({ action: 'READ', entityType: 'referral', entityId: ids[i], outcome: row ? 'ALLOWED' : 'DENIED' }));
      return rows;
    }),
    /** What the referral guards need beyond the referral row, from the safeguarding-update and victim-link loaders. */
    referralRecordFacts: new DataLoader<string, ReferralRecordFacts>((ids) =>
      Promise.all(
        ids.map(async (id) => referralRecordFacts(await updates.safeguardingUpdates.load(id), await links.latestVictimLink.load(id))),
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
