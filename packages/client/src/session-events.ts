/**
 * Session expiry as an event. The API answered UNAUTHENTICATED to a signed-in request (the session timed out
 * or was ended elsewhere): the Apollo link reports it here, and `SessionWatch` (inside the router) listens and
 * sends the person to sign in, keeping their place and what they typed.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

/** Calls `listener` each time a session is reported ended; returns the function that stops listening. */
export function onSessionEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Tells every listener that the session has ended. */
export function reportSessionEnded(): void {
  for (const listener of listeners) listener();
}
