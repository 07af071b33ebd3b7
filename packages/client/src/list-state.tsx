import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

/**
 * Keeps each list's filters, search and page while the person moves between a list and its referrals. Held in
 * memory only (never in the address or browser storage: a search may be a victim's name), and dropped at
 * sign-out or when the session ends, because the provider lives inside the signed-in part of the app.
 */
const ListStateContext = createContext<Map<string, unknown> | null>(null);

export function ListStateProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => new Map<string, unknown>());
  return <ListStateContext.Provider value={store}>{children}</ListStateContext.Provider>;
}

/** Like `useState`, but the value is remembered under `key` for as long as the person stays signed in. */
export function useListState<T>(key: string, initial: T): [T, (next: T) => void] {
  const store = useContext(ListStateContext);
  const [value, setValue] = useState<T>(() => (store?.has(key) ? (store.get(key) as T) : initial));
  const set = useCallback(
    (next: T) => {
      store?.set(key, next);
      setValue(next);
    },
    [store, key],
  );
  return [value, set];
}
