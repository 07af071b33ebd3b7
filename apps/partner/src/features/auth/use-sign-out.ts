import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { SignOutDocument, ViewerDocument } from '../../gql/graphql';

/** Ends the session, forgets everything held in the browser and shows the sign-in page. */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(SignOutDocument);
  const signOut = async () => {
    try {
      await mutate();
    } catch {
      // Even if the request failed, nothing of the session stays in this browser.
    }
    sessionStorage.clear();
    await client.clearStore();
    client.writeQuery({ query: ViewerDocument, data: { viewer: null } });
    navigate('/sign-in', { replace: true, state: { signedOut: true } });
  };
  return { signOut, signingOut: loading };
}
