import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { LinkProvider } from '@lantern/ui/link';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { ViewerProvider } from '../features/session/viewer-context';
import { RouterLink } from '../ui/router-link';
import { OFFICER } from './referral-fixture';

/** Shows the current address, so tests can check where a page navigated to. */
function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/**
 * Renders a screen as the signed-in officer, inside a router at `path` and with Apollo answering `mocks`.
 * `routePattern` lets the screen read its `:id` parameter.
 */
export function renderScreen(
  screen: ReactNode,
  { mocks = [], path = '/', routePattern = '*' }: { mocks?: MockLink.MockedResponse[]; path?: string; routePattern?: string } = {},
): RenderResult {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[path]}>
        <LinkProvider component={RouterLink}>
          <ViewerProvider viewer={OFFICER}>
            <Routes>
              <Route path={routePattern} element={screen} />
              <Route path="*" element={null} />
            </Routes>
            <Location />
          </ViewerProvider>
        </LinkProvider>
      </MemoryRouter>
    </MockedProvider>,
  );
}
