import { useCallback, useMemo, useState } from 'react';
import { draftStore, type DraftStore } from './draft-store';
import { useOptionalViewer } from './viewer';

/** The signed-in person's draft store (drafts made signed out are kept under `anonymous`). */
export function useDraftStore(): DraftStore {
  const userId = useOptionalViewer()?.user.id ?? 'anonymous';
  return useMemo(() => draftStore(userId), [userId]);
}

/**
 * Form state that survives a refresh or an expired session: starts from what this person typed before (if
 * anything was kept) over `initial()`, and keeps every change in their draft store under `key` until
 * `discard()` is called (after the form has been sent). Returns `[values, setValues, discard]`.
 */
export function useDraftState<T extends object>(
  key: string,
  initial: () => T,
): [T, (update: T | ((previous: T) => T)) => void, () => void] {
  const drafts = useDraftStore();
  const [value, setValue] = useState<T>(() => {
    const kept = drafts.load<Partial<T>>(key);
    return kept === undefined ? initial() : { ...initial(), ...kept };
  });
  const update = useCallback(
    (next: T | ((previous: T) => T)) => {
      setValue((previous) => {
        const resolved = typeof next === 'function' ? next(previous) : next;
        drafts.save(key, resolved);
        return resolved;
      });
    },
    [drafts, key],
  );
  const discard = useCallback(() => drafts.clear(key), [drafts, key]);
  return [value, update, discard];
}
