import type { VictimLinkEntity } from './victim-link.entity.js';

export type VictimLinkState = 'ACTIVE' | 'LOCKED' | 'REVOKED' | 'EXPIRED';

export function victimLinkState(link: VictimLinkEntity, now = new Date()): VictimLinkState {
  if (link.revokedAt) return 'REVOKED';
  if (link.lockedAt) return 'LOCKED';
  if (link.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}
