import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { LinkProvider } from '@lantern/ui/link';
import { BrowserRouter } from 'react-router';
import { SessionWatch } from './features/session/session-watch';
import { AppRoutes } from './routes';
import { FocusOnNavigate } from './ui/focus-on-navigate';
import { RouterLink } from './ui/router-link';

/** The police app: data client, router, and the shared components' links routed client-side. */
export function App({ client }: { client: ApolloClient }) {
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <LinkProvider component={RouterLink}>
          <SessionWatch />
          <FocusOnNavigate />
          <AppRoutes />
        </LinkProvider>
      </BrowserRouter>
    </ApolloProvider>
  );
}
