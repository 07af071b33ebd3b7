import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { clearAllDrafts } from './draft-store';
import { SignOutDocument } from './gql/graphql';
import { signInPath } from './return-to';

/**
 * Signs out: ends the session on the API, then forgets everything this tab held (cached records and unsaved
 * drafts) even if the API could not be reached, so nothing is left for the next person, and shows the
 * sign-in page saying so.
 */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(SignOutDocument);
  const signOut = useCallback(async () => {
    try {
      await mutate();
    } catch {
      // The session ends on the server anyway when it times out; locally everything is forgotten now.
    }
    clearAllDrafts();
    await client.clearStore();
    await navigate(signInPath('/', 'signed-out'), { replace: true });
  }, [client, mutate, navigate]);
  return { signOut, signingOut: loading };
}
