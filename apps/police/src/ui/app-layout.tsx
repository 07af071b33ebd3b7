import { StaffLayout } from '@lantern/client/staff-layout';
import type { StaffViewer } from '@lantern/client/viewer';
import type { ServiceNavigationItem } from '@lantern/ui/service-navigation';
import type { ReactNode } from 'react';

/** Referrals (mine and the force's), a supervisor's authorisations, and starting a new referral. */
function navigationFor(viewer: StaffViewer, pathname: string): ServiceNavigationItem[] {
  const inReferralLists = pathname === '/' || pathname === '/force-referrals';
  const items: ServiceNavigationItem[] = [{ href: '/', text: 'Referrals', active: inReferralLists, activeSection: pathname !== '/' }];
  if (viewer.role === 'SUPERVISOR') {
    items.push({ href: '/authorisations', text: 'Awaiting authorisation', active: pathname === '/authorisations' });
  }
  items.push({ href: '/referrals/new', text: 'New referral', active: pathname === '/referrals/new' });
  return items;
}

const FOOTER = (
  <p className="govuk-body-s govuk-!-margin-bottom-0">
    Lantern: referrals and support for victims of stalking. For help, contact your force&apos;s Lantern administrator.
  </p>
);

/** The frame of every police screen: header with who is signed in, service navigation, footer. */
export function AppLayout({ children, beforeContent }: { children: ReactNode; beforeContent?: ReactNode }) {
  return (
    <StaffLayout serviceName="Police referrals" navigation={navigationFor} beforeContent={beforeContent} footerContent={FOOTER}>
      {children}
    </StaffLayout>
  );
}
