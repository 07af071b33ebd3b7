import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider, type DataRouter } from 'react-router';

/** The partner staff app: its Apollo Client around its router (`routes.tsx`). */
export function App({ client, router }: { client: ApolloClient; router: DataRouter }) {
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
