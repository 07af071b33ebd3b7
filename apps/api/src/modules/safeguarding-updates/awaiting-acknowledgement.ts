import type { SafeguardingUpdateEntity } from './safeguarding-update.entity.js';

/** True for an urgent update the police have not acknowledged yet. */
export function isAwaitingAcknowledgement(update: Pick<SafeguardingUpdateEntity, 'urgent' | 'acknowledgedAt'>): boolean {
  return update.urgent && !update.acknowledgedAt;
}
