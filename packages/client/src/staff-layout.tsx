import { ROLE_LABELS, type Role } from '@lantern/schema/roles';
import { PageLayout } from '@lantern/ui/page-layout';
import type { ServiceNavigationItem } from '@lantern/ui/service-navigation';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useSignOut } from './use-sign-out';
import { useOptionalViewer, type StaffViewer } from './viewer';

export interface StaffLayoutProps {
  /** The name in the service navigation: "Police referrals". */
  serviceName: string;
  /** The service navigation's items for the signed-in person on the page at `pathname`. */
  navigation: (viewer: StaffViewer, pathname: string) => ServiceNavigationItem[];
  /** Between the navigation and `<main>`: a back link. */
  beforeContent?: ReactNode;
  footerContent?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of every staff screen: the header with who is signed in (name, organisation, role) and
 * "Sign out", the service navigation, the main content and the footer. Signed out, the header shows no one.
 */
export function StaffLayout({ serviceName, navigation, beforeContent, footerContent, children }: StaffLayoutProps) {
  const viewer = useOptionalViewer();
  const { pathname } = useLocation();
  const { signOut, signingOut } = useSignOut();
  return (
    <PageLayout
      header={{
        homeHref: '/',
        account: viewer
          ? {
              name: viewer.user.name,
              organisation: viewer.organisation.name,
              role: viewer.role in ROLE_LABELS ? ROLE_LABELS[viewer.role as Role] : 'Victim',
              onSignOut: () => void signOut(),
              signingOut,
            }
          : undefined,
      }}
      navigation={{ serviceName, serviceHref: '/', items: viewer ? navigation(viewer, pathname) : [] }}
      beforeContent={beforeContent}
      footerContent={footerContent}
    >
      {children}
    </PageLayout>
  );
}
