import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { SignOutDocument } from '../../gql/graphql';
import { clearAllDrafts } from '../new-referral/draft-storage';
import { forgetListStates } from '../referral-list/list-filters';
import { signInPath } from './return-to';

/**
 * Signs out: ends the session on the API, then forgets everything this tab held (cached records and
 * unsaved drafts) even if the API could not be reached, so nothing is left for the next person.
 */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(SignOutDocument);
  const signOut = useCallback(async () => {
    try {
      await mutate();
    } catch {
      // The session ends on the server anyway when it times out; locally we forget everything now.
    }
    clearAllDrafts();
    forgetListStates();
    await client.clearStore();
    navigate(signInPath('/', 'signed-out'), { replace: true });
  }, [client, mutate, navigate]);
  return { signOut, signingOut: loading };
}
