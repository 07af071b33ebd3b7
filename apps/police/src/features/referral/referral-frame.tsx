import { NotificationBanner } from '@lantern/ui/notification-banner';
import { SubNavigation } from '@lantern/ui/sub-navigation';
import { Tag } from '@lantern/ui/tag';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import { AppLayout } from '../../ui/app-layout';
import { useTitle } from '@lantern/client/page-title';
import { STATUS_COLOURS, statusLabel } from '../referrals/labels';

/** A one-off message passed from an action page ("Breach recorded"), via the navigation state. */
function useNotice(): string | null {
  const location = useLocation();
  const state = location.state as { notice?: unknown } | null;
  return typeof state?.notice === 'string' ? state.notice : null;
}

/** The heading and tabs shared by a referral's overview, details and timeline. */
export function ReferralFrame({ referral, view, children }: { referral: ReferralFieldsFragment; view: 'overview' | 'details' | 'timeline'; children: ReactNode }) {
  const notice = useNotice();
  const viewTitle = { overview: 'Overview', details: 'Details', timeline: 'Timeline' }[view];
  useTitle(`${viewTitle} – referral ${referral.reference}`);
  const base = `/referrals/${referral.id}`;
  return (
    <AppLayout>
      {notice && <NotificationBanner type="success" heading={notice} />}
      <span className="govuk-caption-l">{referral.policeForce.name} referral</span>
      <h1 className="govuk-heading-l lantern-break-words">
        {referral.reference} <Tag colour={STATUS_COLOURS[referral.status]}>{statusLabel(referral.status)}</Tag>
      </h1>
      <SubNavigation
        label="Referral"
        items={[
          { href: base, text: 'Overview', active: view === 'overview' },
          { href: `${base}/details`, text: 'Details', active: view === 'details' },
          { href: `${base}/timeline`, text: 'Timeline', active: view === 'timeline' },
        ]}
      />
      {children}
    </AppLayout>
  );
}
