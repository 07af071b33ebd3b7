import DataLoader from 'dataloader';
import type { VisibleRead } from '../../common/database-scope.js';
import type { VictimLinkEntity } from './victim-link.entity.js';
import type { VictimLinkRepository } from './victim-link.repository.js';

/** Per-request loader of each referral's latest victim link (null when none was issued). */
export function createVictimLinkLoaders(repository: VictimLinkRepository, within: VisibleRead) {
  return {
    latestVictimLink: new DataLoader<string, VictimLinkEntity | null>(async (ids) => {
      const links = await within(ids, (manager, visible) => repository.forReferrals(manager, visible));
      return ids.map((id) => links.find((link) => link.referralId === id) ?? null);
    }),
  };
}

export type VictimLinkLoaders = ReturnType<typeof createVictimLinkLoaders>;
