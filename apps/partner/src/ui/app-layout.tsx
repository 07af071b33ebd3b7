import { StaffLayout } from '@lantern/client/staff-layout';
import type { StaffViewer } from '@lantern/client/viewer';
import type { ServiceNavigationItem } from '@lantern/ui/service-navigation';
import type { ReactNode } from 'react';

/** A manager's lists (new referrals, all referrals) or an advocate's caseload. */
function navigationFor(viewer: StaffViewer, pathname: string): ServiceNavigationItem[] {
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

/** Every screen's frame: who is signed in (name, organisation, role) and "Sign out" are always visible. */
export function AppLayout({ children, beforeContent }: { children: ReactNode; beforeContent?: ReactNode }) {
  return (
    <StaffLayout serviceName="Support services" navigation={navigationFor} beforeContent={beforeContent}>
      {children}
    </StaffLayout>
  );
}
