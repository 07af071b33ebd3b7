import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ViewerDocument } from '../gql/graphql';

/**
 * The app's Apollo Client. It talks only to `/graphql` on its own origin (the session is a first-party
 * cookie) and sends the header Apollo's CSRF prevention asks for.
 */
export function createApolloClient(link?: ApolloLink): ApolloClient {
  const cache = createCache();

  // A session that ended (timed out, or the account was disabled) shows the sign-in page with a message.
  const sessionEnded = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'SignIn') return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      sessionExpired.current = true;
      cache.writeQuery({ query: ViewerDocument, data: { viewer: null } });
    }
  });

  const http = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    headers: { 'apollo-require-preflight': 'true' },
  });

  return new ApolloClient({
    cache,
    link: ApolloLink.from([sessionEnded, link ?? http]),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Sub-objects without ids belong to their referral.
      Victim: { keyFields: false, merge: true },
      SafeContact: { keyFields: false, merge: true },
      ReferralDeadlines: { keyFields: false, merge: true },
      Viewer: { keyFields: false, merge: true },
    },
  });
}

/** Set when the API said the session had ended, so the sign-in page can say why it is showing. */
export const sessionExpired = { current: false };
