/**
 * Where to go after signing in. Only paths inside this app are accepted (no other sites, no `//host`, not the
 * sign-in page itself); anything else is the home page `/`. Paths carry ids only, never a victim's details.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/sign-in')) return '/';
  return value;
}

/** Why the sign-in page is shown: the session ended on its own, or the person signed out. */
export type SignInReason = 'expired' | 'signed-out';

/** The sign-in page's address: `/sign-in?returnTo=<path>&reason=<reason>` (each only when there is one). */
export function signInPath(returnTo: string, reason?: SignInReason): string {
  const params = new URLSearchParams();
  const target = safeReturnTo(returnTo);
  if (target !== '/') params.set('returnTo', target);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `/sign-in?${query}` : '/sign-in';
}
