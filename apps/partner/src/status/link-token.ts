/**
 * The victim link carries its token in the URL fragment (`#t=<token>`): browsers never send a fragment to a
 * server, so it stays out of access logs, Referer headers and link-preview fetches.
 */
export function tokenFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('t')?.trim();
  return token ? token : null;
}

/** Removes the token from the address bar without adding a history entry. */
export function forgetTokenInAddressBar(win: Pick<Window, 'history' | 'location'> = window): void {
  if (!win.location.hash) return;
  win.history.replaceState(null, '', win.location.pathname + win.location.search);
}
