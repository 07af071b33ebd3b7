import DataLoader from 'dataloader';
import type { VisibleRead } from '../../common/database-scope.js';
import { byReferral } from '../../common/loading.js';
import type { NotificationOutboxRepository, NotificationRow } from './notification-outbox.repository.js';

/** Per-request loader of the messages about each referral, newest first. */
export function createNotificationLoaders(repository: NotificationOutboxRepository, within: VisibleRead) {
  return {
    notifications: new DataLoader<string, NotificationRow[]>(async (ids) => byReferral(await within(ids, (manager, visible) => repository.forReferrals(manager, visible)), ids)),
  };
}

export type NotificationLoaders = ReturnType<typeof createNotificationLoaders>;
