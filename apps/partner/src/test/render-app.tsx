import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { createApolloClient } from '../apollo/client';
import { App } from '../app';
import { ViewerDocument, type ViewerQuery } from '../gql/graphql';
import { routes } from '../routes';
import { withAppProviders } from '../ui/app-providers';
import { fakeApi, type FakeHandler } from './fake-api';

/**
 * Renders the whole staff app at `path` against a fake API, signed in as `viewer` (or signed out with
 * `null`). Returns the recorded API calls and the router, to check where the app went.
 */
export function renderApp(path: string, options: { viewer: ViewerQuery['viewer']; api?: Record<string, FakeHandler> }) {
  const api = fakeApi(options.api ?? {});
  const client = createApolloClient(api.link);
  client.writeQuery({ query: ViewerDocument, data: { viewer: options.viewer } });
  const router = createMemoryRouter(withAppProviders(routes), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(<App client={client} router={router} />);
  return { ...view, api, client, router, user };
}
