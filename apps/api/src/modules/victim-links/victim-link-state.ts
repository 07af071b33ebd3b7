import type { VictimLinkState } from '@lantern/schema/vocabularies';
import type { VictimLinkEntity } from './victim-link.entity.js';

/** Revoked, locked, expired (at or after `expiresAt`) or, failing all three, active. */
export function victimLinkState(link: VictimLinkEntity, now = new Date()): VictimLinkState {
  if (link.revokedAt) return 'REVOKED';
  if (link.lockedAt) return 'LOCKED';
  if (link.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}

/** True for a link a victim can still open. */
export function isActiveLink(link: VictimLinkEntity | null): boolean {
  return link !== null && victimLinkState(link) === 'ACTIVE';
}
