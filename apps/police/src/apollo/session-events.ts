/**
 * The API answered UNAUTHENTICATED to a signed-in request: the session expired or was ended elsewhere.
 * The Apollo link reports it here; the app (inside the router) listens and sends the officer to sign in,
 * keeping their place.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

export function onSessionEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportSessionEnded(): void {
  for (const listener of listeners) listener();
}
