import DataLoader from 'dataloader';
import type { VisibleRead } from '../../common/database-scope.js';
import { byReferral } from '../../common/loading.js';
import type { SafeguardingUpdateEntity } from './safeguarding-update.entity.js';
import type { SafeguardingUpdateRepository } from './safeguarding-update.repository.js';

/** Per-request loader of each referral's safeguarding updates, newest first. */
export function createSafeguardingUpdateLoaders(repository: SafeguardingUpdateRepository, within: VisibleRead) {
  return {
    safeguardingUpdates: new DataLoader<string, SafeguardingUpdateEntity[]>(async (ids) =>
      byReferral(await within(ids, (manager, visible) => repository.forReferrals(manager, visible)), ids),
    ),
  };
}

export type SafeguardingUpdateLoaders = ReturnType<typeof createSafeguardingUpdateLoaders>;
