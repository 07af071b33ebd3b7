import { Outlet, useLocation, type RouteObject } from 'react-router';
import { FocusMainOnChange } from '@lantern/ui/focus-main-on-change';
import { LinkProvider } from '@lantern/ui/link';
import { RouterLink } from './router-link';

/** What needs the router: the shared components' links navigate in the app; focus moves to each new screen. */
function AppProviders() {
  const { pathname } = useLocation();
  return (
    <LinkProvider component={RouterLink}>
      <FocusMainOnChange changeKey={pathname} />
      <Outlet />
    </LinkProvider>
  );
}

export function withAppProviders(routes: RouteObject[]): RouteObject[] {
  return [{ element: <AppProviders />, children: routes }];
}
