import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { errorCodesOf } from './api-problem';
import { reportSessionEnded } from './session-events';

/** Operations that are expected to run signed out; UNAUTHENTICATED from them is not an expired session. */
const SIGNED_OUT_OPERATIONS = new Set(['Viewer', 'SignIn', 'SignOut']);

export function createApolloClient(): ApolloClient {
  const http = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // Apollo Server's CSRF prevention accepts only requests that could not come from a plain HTML form.
    headers: { 'apollo-require-preflight': 'true' },
  });

  const sessionEnded = new ErrorLink(({ error, operation }) => {
    const unauthenticated = errorCodesOf(error).includes('UNAUTHENTICATED');
    if (unauthenticated && !SIGNED_OUT_OPERATIONS.has(operation.operationName ?? '')) reportSessionEnded();
  });

  return new ApolloClient({
    link: ApolloLink.from([sessionEnded, http]),
    cache: new InMemoryCache({
      typePolicies: {
        // Objects without ids belong to their parent: merge them instead of replacing (no lost fields).
        Victim: { merge: true },
        SafeContact: { merge: true },
        ConsentRecord: { merge: true },
        NoConsentAuthorisation: { merge: true },
        RiskScreening: { merge: true },
        ProtectiveOrder: { merge: true },
        ReferralDeadlines: { merge: true },
        Deadline: { merge: true },
        VictimLinkSummary: { merge: true },
        Viewer: { merge: true },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
