import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { byReferral } from '../../common/loading.js';
import type { NotificationOutboxRepository, NotificationRow } from './notification-outbox.repository.js';

/** Per-request loader of the messages about each referral, newest first. */
export function createNotificationLoaders(repository: NotificationOutboxRepository, manager: EntityManager) {
  return {
    notifications: new DataLoader<string, NotificationRow[]>(async (ids) => byReferral(await repository.forReferrals(manager, ids), ids)),
  };
}

export type NotificationLoaders = ReturnType<typeof createNotificationLoaders>;
