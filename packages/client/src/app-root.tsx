import { FocusMainOnChange } from '@lantern/ui/focus-main-on-change';
import { LinkProvider } from '@lantern/ui/link';
import type { ReactNode } from 'react';
import { Outlet, useLocation, type RouteObject } from 'react-router';
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

export interface StaffRoutesOptions {
  /** The service name in page titles: "Lantern police referrals". */
  serviceName: string;
  /** The element of `/sign-in`. */
  signInPage: ReactNode;
  /** The layout of the signed-in part: `RequireSignIn` around an `Outlet`. */
  signedIn: ReactNode;
  /** The screens of the signed-in part. */
  screens: RouteObject[];
  /** Routes outside the signed-in part, after it (e.g. "Page not found" for any other address). */
  others?: RouteObject[];
}

/**
 * The route tree every staff app has: `AppRoot` around the sign-in page and the signed-in part, whose screens
 * the app lists. Addresses carry ids only, never a victim's details.
 */
export function staffRoutes({ serviceName, signInPage, signedIn, screens, others = [] }: StaffRoutesOptions): RouteObject[] {
  return [
    {
      element: <AppRoot serviceName={serviceName} />,
      children: [{ path: '/sign-in', element: signInPage }, { element: signedIn, children: screens }, ...others],
    },
  ];
}
