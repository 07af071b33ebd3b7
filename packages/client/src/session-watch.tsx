import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { signInPath } from './return-to';
import { onSessionEnded } from './session-events';

/**
 * When the API says the session has ended, forgets the cached records and goes to sign in, coming back to the
 * same page afterwards. Drafts stay in this tab so nothing typed is lost; they are dropped if someone else
 * signs in. Render once, inside the router (`AppRoot` does).
 */
export function SessionWatch() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const { pathname, search } = useLocation();
  const here = pathname + search;
  useEffect(
    () =>
      onSessionEnded(() => {
        if (here.startsWith('/sign-in')) return;
        void client.clearStore().finally(() => navigate(signInPath(here, 'expired'), { replace: true }));
      }),
    [client, navigate, here],
  );
  return null;
}
