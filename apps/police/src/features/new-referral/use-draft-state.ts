import { useCallback, useState } from 'react';
import { clearDraft, loadDraft, saveDraft } from './draft-storage';

/**
 * Form state that survives a refresh: starts from what was typed before (if anything was kept) or from
 * `initial()`, and keeps every change in sessionStorage under `key` until `discard()` is called (after a save).
 */
export function useDraftState<T>(key: string, initial: () => T): [T, (update: T | ((previous: T) => T)) => void, () => void] {
  const [value, setValue] = useState<T>(() => {
    const kept = loadDraft<T>(key);
    return kept === undefined ? initial() : { ...initial(), ...kept };
  });
  const update = useCallback(
    (next: T | ((previous: T) => T)) => {
      setValue((previous) => {
        const resolved = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
        saveDraft(key, resolved);
        return resolved;
      });
    },
    [key],
  );
  const discard = useCallback(() => clearDraft(key), [key]);
  return [value, update, discard];
}
