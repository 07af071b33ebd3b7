import { useCallback, useContext, useState } from 'react';
import { ViewerContext } from '../features/auth/viewer-context';

const PREFIX = 'lantern-draft:';

/**
 * A form's values, kept in sessionStorage while they are typed so that a session that times out (the API
 * answers UNAUTHENTICATED and the app asks the person to sign in again) does not lose them. Only this tab sees
 * them; they are tied to the person signed in, removed once the form is sent, and cleared at sign-out.
 */
export function useFormDraft<T extends object>(formKey: string, initial: T): [T, (values: T) => void, () => void] {
  const viewer = useContext(ViewerContext);
  const key = `${PREFIX}${viewer?.user.id ?? 'anonymous'}:${formKey}`;
  const [values, setValues] = useState<T>(() => {
    try {
      const saved = sessionStorage.getItem(key);
      return saved ? { ...initial, ...(JSON.parse(saved) as Partial<T>) } : initial;
    } catch {
      return initial;
    }
  });
  const update = useCallback(
    (next: T) => {
      setValues(next);
      try {
        sessionStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Storage full or blocked: the form still works, only without the safety net.
      }
    },
    [key],
  );
  const clear = useCallback(() => sessionStorage.removeItem(key), [key]);
  return [values, update, clear];
}

/** After someone signs in, drafts left by anyone else in this tab are removed. */
export function forgetOtherPeoplesDrafts(userId: string): void {
  for (let i = sessionStorage.length - 1; i >= 0; i -= 1) {
    const key = sessionStorage.key(i);
    if (key?.startsWith(PREFIX) && !key.startsWith(`${PREFIX}${userId}:`)) sessionStorage.removeItem(key);
  }
}
