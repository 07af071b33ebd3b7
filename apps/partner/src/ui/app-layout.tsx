import { useContext, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ROLE_LABELS, type Role } from '@lantern/schema/roles';
import { PageLayout } from '@lantern/ui/page-layout';
import type { ServiceNavigationItem } from '@lantern/ui/service-navigation';
import { useSignOut } from '../features/auth/use-sign-out';
import { ViewerContext, type SignedInViewer } from '../features/auth/viewer-context';

function navigationFor(viewer: SignedInViewer, pathname: string): ServiceNavigationItem[] {
  const items =
    viewer.role === 'PARTNER_MANAGER'
      ? [
          { href: '/inbox', text: 'New referrals' },
          { href: '/referrals', text: 'All referrals' },
        ]
      : viewer.role === 'ADVOCATE'
        ? [{ href: '/caseload', text: 'My caseload' }]
        : [];
  return items.map((item) => ({ ...item, active: pathname === item.href }));
}

function roleLabel(role: SignedInViewer['role']): string {
  return role in ROLE_LABELS ? ROLE_LABELS[role as Role] : 'Victim';
}

/** Every screen's frame: who is signed in (name, organisation, role) and "Sign out" are always visible. */
export function AppLayout({ children, beforeContent }: { children: ReactNode; beforeContent?: ReactNode }) {
  const viewer = useContext(ViewerContext);
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
              role: roleLabel(viewer.role),
              onSignOut: () => void signOut(),
              signingOut,
            }
          : undefined,
      }}
      navigation={{
        serviceName: 'Support services',
        serviceHref: '/',
        items: viewer ? navigationFor(viewer, pathname) : [],
      }}
      beforeContent={beforeContent}
    >
      {children}
    </PageLayout>
  );
}
