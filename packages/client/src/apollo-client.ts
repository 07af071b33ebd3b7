import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { errorCodesOf } from './api-problem';
import { reportSessionEnded } from './session-events';

/** Operations that are expected to run signed out: UNAUTHENTICATED from them is not an expired session. */
const SIGNED_OUT_OPERATIONS = new Set(['Viewer', 'SignIn', 'SignOut']);

/**
 * How the cache stores the API's objects. Objects without an id belong to their parent referral (or viewer):
 * they are merged into it rather than replaced, so two screens asking for different fields lose none.
 */
export const TYPE_POLICIES: TypePolicies = Object.fromEntries(
  [
    'Victim',
    'SafeContact',
    'ConsentRecord',
    'NoConsentAuthorisation',
    'RiskScreening',
    'ProtectiveOrder',
    'ReferralDeadlines',
    'Deadline',
    'VictimLinkSummary',
    'Viewer',
  ].map((typename) => [typename, { keyFields: false, merge: true }]),
);

/** The staff apps, as the API knows them (the `X-Lantern-App` header picks the app's own session cookie). */
export type StaffApp = 'police' | 'partner';

/**
 * The `/graphql` endpoint on the app's own origin: the session is a first-party cookie, the app's own (the
 * apps share a host in development, and cookies do not separate by port).
 */
function apiLink(app: StaffApp): ApolloLink {
  return new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // Apollo Server's CSRF prevention accepts only requests that could not come from a plain HTML form.
    headers: { 'apollo-require-preflight': 'true', 'x-lantern-app': app },
  });
}

/**
 * A staff app's Apollo Client. An UNAUTHENTICATED answer to a signed-in request is reported as the end of the
 * session (see `session-events`). `app` names the app to the API; `link` replaces the network (tests pass a
 * fake API).
 */
export function createApolloClient({ app, link }: { app: StaffApp; link?: ApolloLink }): ApolloClient {
  const sessionEnded = new ErrorLink(({ error, operation }) => {
    const unauthenticated = errorCodesOf(error).includes('UNAUTHENTICATED');
    if (unauthenticated && !SIGNED_OUT_OPERATIONS.has(operation.operationName ?? '')) reportSessionEnded();
  });
  return new ApolloClient({
    link: ApolloLink.from([sessionEnded, link ?? apiLink(app)]),
    cache: new InMemoryCache({ typePolicies: TYPE_POLICIES }),
    defaultOptions: {
      // Show what is known at once, and check with the API; later renders read the cache.
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
