import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { onSessionEnded } from '../../apollo/session-events';
import { signInPath } from './return-to';

/**
 * When the API says the session has ended, go to sign in and come back to the same page afterwards.
 * Unsaved drafts stay in this tab so nothing typed is lost (they are dropped if someone else signs in).
 */
export function SessionWatch() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const location = useLocation();
  const here = useRef(location.pathname + location.search);
  here.current = location.pathname + location.search;
  useEffect(
    () =>
      onSessionEnded(() => {
        if (here.current.startsWith('/sign-in')) return;
        const returnTo = here.current;
        void client.clearStore().finally(() => navigate(signInPath(returnTo, 'expired'), { replace: true }));
      }),
    [client, navigate],
  );
  return null;
}
