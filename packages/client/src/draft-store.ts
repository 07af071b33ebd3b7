/**
 * The per-user draft store: what a member of staff has typed but not yet sent, kept in sessionStorage so
 * nothing is lost on a refresh, Back, a dropped connection or a session that times out. sessionStorage only
 * (never localStorage): it belongs to this tab. Each draft is keyed by the signed-in person's id, so one
 * person's drafts are never shown to another; all drafts are cleared at sign-out, and other people's when
 * someone signs in. Keys hold ids only, never a victim's details.
 */
const PREFIX = 'lantern-draft:';

/** The storage key of one person's draft: `lantern-draft:<user id>:<draft key>`. */
export function draftStorageKey(userId: string, key: string): string {
  return `${PREFIX}${userId}:${key}`;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage disabled by the browser: forms still work, only without the safety net.
    return null;
  }
}

function removeWhere(test: (key: string) => boolean): void {
  const store = storage();
  if (!store) return;
  const keys: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key?.startsWith(PREFIX) && test(key)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}

/** One person's drafts. */
export interface DraftStore {
  /** The kept value, or undefined when there is none (or it cannot be read). */
  load: <T>(key: string) => T | undefined;
  save: (key: string, value: unknown) => void;
  clear: (key: string) => void;
  /** Removes every draft of this person whose key contains `part` as a `:`-separated segment (e.g. a referral id). */
  clearAbout: (part: string) => void;
}

/** The drafts of the person with id `userId`. */
export function draftStore(userId: string): DraftStore {
  const own = `${PREFIX}${userId}:`;
  return {
    load: <T>(key: string) => {
      const raw = storage()?.getItem(draftStorageKey(userId, key));
      if (raw == null) return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return undefined;
      }
    },
    save: (key, value) => {
      try {
        storage()?.setItem(draftStorageKey(userId, key), JSON.stringify(value));
      } catch {
        // Storage full or disabled: the form still works, it just cannot survive a refresh.
      }
    },
    clear: (key) => storage()?.removeItem(draftStorageKey(userId, key)),
    clearAbout: (part) => removeWhere((key) => key.startsWith(own) && `${key.slice(own.length)}:`.split(':').includes(part)),
  };
}

/** Removes every draft from this tab: at sign-out, so nothing is left for the next person. */
export function clearAllDrafts(): void {
  removeWhere(() => true);
}

/** Removes every draft that is not `userId`'s: when someone signs in (their own survive an expired session). */
export function keepOnlyDraftsOf(userId: string): void {
  removeWhere((key) => !key.startsWith(`${PREFIX}${userId}:`));
}
