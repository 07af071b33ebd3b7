import type { EntityManager } from 'typeorm';
import type { Actor } from './auth/actor.js';

/**
 * Whose eyes a transaction reads with: PostgreSQL's row-level security policies (migration
 * 1764320000010-row-level-security) see only what this scope may see. No scope at all sees nothing.
 * - staff: a signed-in member of staff (their role, user and organisation);
 * - victim: a victim session (their link and its referral);
 * - system: background work with no person behind it (the notification worker, retention);
 * - session: loading the member of staff behind a signed session cookie (only that user's row);
 * - sign_in: checking credentials (only the user with that e-mail address);
 * - link_opening: opening a victim link (only the link with that token hash).
 */
export type DatabaseScope =
  | { readonly scope: 'staff'; readonly role: string; readonly userId: string; readonly organisationId: string }
  | { readonly scope: 'victim'; readonly victimLinkId: string; readonly referralId: string }
  | { readonly scope: 'system' }
  | { readonly scope: 'session'; readonly userId: string }
  | { readonly scope: 'sign_in'; readonly signInEmail: string }
  | { readonly scope: 'link_opening'; readonly tokenHash: string }
  | { readonly scope: 'none' };

/** The scope of an actor: staff or victim as signed in; nobody signed in is `none` (sees nothing). */
export function scopeOf(actor: Actor): DatabaseScope {
  const viewer = actor.viewer;
  if (viewer?.kind === 'staff') {
    return { scope: 'staff', role: viewer.role, userId: viewer.userId, organisationId: viewer.organisationId };
  }
  if (viewer?.kind === 'victim') return { scope: 'victim', victimLinkId: viewer.linkId, referralId: viewer.referralId };
  return { scope: 'none' };
}

/** The `lantern.*` settings of a scope, as [name, value] pairs; every name is always set (empty when unused). */
export function scopeSettings(scope: DatabaseScope): [string, string][] {
  const s = scope as Partial<Record<string, string>>;
  return [
    ['lantern.scope', scope.scope === 'none' ? '' : scope.scope],
    ['lantern.role', s.role ?? ''],
    ['lantern.user_id', s.userId ?? ''],
    ['lantern.organisation_id', s.organisationId ?? ''],
    ['lantern.victim_link_id', s.victimLinkId ?? ''],
    ['lantern.referral_id', s.referralId ?? ''],
    ['lantern.sign_in_email', s.signInEmail ?? ''],
    ['lantern.token_hash', s.tokenHash ?? ''],
  ];
}

/**
 * Runs `work` in a transaction of the request's scope with `referralIds` narrowed to the referrals the viewer
 * may see (ReferralRepository.visibleIds): how a child-row loader carries the tenant condition itself.
 */
export type VisibleRead = <T>(referralIds: readonly string[], work: (manager: EntityManager, visibleIds: string[]) => Promise<T>) => Promise<T>;

/** Runs `work` in a transaction of the request's scope: what a per-request loader reads through. */
export type ScopedRead = <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;
