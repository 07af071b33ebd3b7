import { ApolloProvider } from '@apollo/client/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createApolloClient } from '../apollo-client';
import { AppRoot } from '../app-root';
import { ViewerDocument } from '../gql/graphql';
import { ListStateProvider } from '../list-state';
import { ViewerProvider, type StaffViewer } from '../viewer';
import { fakeApi, type FakeHandler } from './fake-api';

export interface RenderOptions {
  /** The address to start at (default `/`). */
  path?: string;
  /** Who is signed in (`null`: nobody), as the app's `Viewer` query would answer. */
  viewer?: StaffViewer | null;
  /** The fake API's answers, by operation name (see `fakeApi`). */
  api?: Record<string, FakeHandler>;
}

/**
 * Renders `routes` in a memory router at `path`, with the app's real Apollo Client (type policies, session
 * link) talking to a fake API. Returns Testing Library's queries plus `user` (user-event), `api` (the calls
 * the app made), `client`, `router` and `location()` (the current path and query).
 */
export function renderRoutes(routes: RouteObject[], { path = '/', viewer, api = {} }: RenderOptions = {}) {
  const fake = fakeApi(api);
  const client = createApolloClient({ app: 'police', link: fake.link });
  if (viewer !== undefined) client.writeQuery({ query: ViewerDocument, data: { __typename: 'Query', viewer } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>,
  );
  const location = () => router.state.location.pathname + router.state.location.search;
  return { ...view, api: fake, client, router, user, location };
}

/**
 * Renders one screen on its own, signed in as `viewer`, inside the app root (page titles with
 * `serviceName`, routed links, the session watch) at `path`. `routePattern` (e.g. `/referrals/:id/check`)
 * lets the screen read its address's parameters; other addresses render nothing.
 */
export function renderScreen(
  screen: ReactNode,
  { viewer, routePattern = '*', serviceName = 'Lantern', ...options }: RenderOptions & { viewer: StaffViewer; routePattern?: string; serviceName?: string },
) {
  const signedIn = (
    <ViewerProvider viewer={viewer}>
      <ListStateProvider>{screen}</ListStateProvider>
    </ViewerProvider>
  );
  const children: RouteObject[] = [{ path: routePattern, element: signedIn }];
  if (routePattern !== '*') children.push({ path: '*', element: null });
  return renderRoutes([{ element: <AppRoot serviceName={serviceName} />, children }], { ...options, viewer });
}
