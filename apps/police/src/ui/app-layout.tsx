import { PageLayout } from '@lantern/ui/page-layout';
import type { ServiceNavigationItem } from '@lantern/ui/service-navigation';
import { ROLE_LABELS } from '@lantern/schema/roles';
import { useContext, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useSignOut } from '../features/session/use-sign-out';
import { OptionalViewerContext } from '../features/session/viewer-context';

function navigationFor(pathname: string, supervisor: boolean): ServiceNavigationItem[] {
  const inReferralLists = pathname === '/' || pathname === '/force-referrals';
  const items: ServiceNavigationItem[] = [{ href: '/', text: 'Referrals', active: inReferralLists, activeSection: pathname !== '/' }];
  if (supervisor) {
    items.push({ href: '/authorisations', text: 'Awaiting authorisation', active: pathname === '/authorisations' });
  }
  items.push({ href: '/referrals/new', text: 'New referral', active: pathname === '/referrals/new' });
  return items;
}

/** The frame of every police screen: header with who is signed in, service navigation, footer. */
export function AppLayout({ children, beforeContent }: { children: ReactNode; beforeContent?: ReactNode }) {
  const viewer = useContext(OptionalViewerContext);
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
              role: ROLE_LABELS[viewer.role as keyof typeof ROLE_LABELS] ?? viewer.role,
              onSignOut: () => void signOut(),
              signingOut,
            }
          : undefined,
      }}
      navigation={{
        serviceName: 'Police referrals',
        serviceHref: '/',
        items: viewer ? navigationFor(pathname, viewer.role === 'SUPERVISOR') : [],
      }}
      beforeContent={beforeContent}
      footerContent={
        <p className="govuk-body-s govuk-!-margin-bottom-0">
          Lantern: referrals and support for victims of stalking. For help, contact your force&apos;s Lantern administrator.
        </p>
      }
    >
      {children}
    </PageLayout>
  );
}
