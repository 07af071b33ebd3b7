/**
 * Unsaved form input, kept in sessionStorage so nothing typed is lost on refresh, Back or a dropped
 * connection. sessionStorage only (never localStorage): it belongs to this tab, and it is cleared on sign-out
 * and when someone else signs in to this tab. Keys hold ids only.
 */
const PREFIX = 'lantern.police.';
const OWNER_KEY = `${PREFIX}owner`;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function loadDraft<T>(key: string): T | undefined {
  const raw = storage()?.getItem(PREFIX + key);
  if (raw == null) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the form still works, it just cannot survive a refresh.
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/** Removes every draft of this app from the tab (sign-out). */
export function clearAllDrafts(): void {
  const store = storage();
  if (!store) return;
  const keys: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}

/** Keeps drafts only when the same person signs in again (after their session expired). */
export function claimDrafts(userId: string): void {
  const owner = storage()?.getItem(OWNER_KEY);
  if (owner && owner !== userId) clearAllDrafts();
  try {
    storage()?.setItem(OWNER_KEY, userId);
  } catch {
    // ignore
  }
}

/** Removes every draft kept for one referral (after it has been sent). */
export function clearDraftsFor(referralId: string): void {
  const store = storage();
  if (!store) return;
  const keys: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key?.startsWith(PREFIX) && (key.includes(`:${referralId}:`) || key.endsWith(`:${referralId}`))) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}
