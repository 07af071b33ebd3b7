import { FocusMainOnChange } from '@lantern/ui/focus-main-on-change';
import { LinkProvider } from '@lantern/ui/link';
import { Outlet, useLocation } from 'react-router';
import { ServiceNameProvider } from './page-title';
import { RouterLink } from './router-link';
import { SessionWatch } from './session-watch';

/**
 * The root route of a staff app: the service name for page titles, the shared components' links routed
 * client-side, the watch for an expired session, and focus moved to the main content on each new screen.
 * Use it as the element of the route that holds every other route.
 */
export function AppRoot({ serviceName }: { serviceName: string }) {
  const { pathname } = useLocation();
  return (
    <ServiceNameProvider name={serviceName}>
      <LinkProvider component={RouterLink}>
        <SessionWatch />
        <FocusMainOnChange changeKey={pathname} />
        <Outlet />
      </LinkProvider>
    </ServiceNameProvider>
  );
}
