import DataLoader from 'dataloader';
import type { ScopedRead } from '../../common/database-scope.js';
import { byReferral } from '../../common/loading.js';
import type { NotificationOutboxRepository, NotificationRow } from './notification-outbox.repository.js';

/** Per-request loader of the messages about each referral, newest first. */
export function createNotificationLoaders(repository: NotificationOutboxRepository, read: ScopedRead) {
  return {
    notifications: new DataLoader<string, NotificationRow[]>(async (ids) => byReferral(await read((manager) => repository.forReferrals(manager, ids)), ids)),
  };
}

export type NotificationLoaders = ReturnType<typeof createNotificationLoaders>;
