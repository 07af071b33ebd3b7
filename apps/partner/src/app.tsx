import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { ComponentProps } from 'react';
import { RouterProvider } from 'react-router';

/** The staff app: Apollo Client and the router. */
export function App({ client, router }: { client: ApolloClient; router: ComponentProps<typeof RouterProvider>['router'] }) {
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
