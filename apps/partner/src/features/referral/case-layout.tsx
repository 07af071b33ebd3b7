import { Outlet, useLocation, useOutletContext } from 'react-router';
import { NotificationBanner } from '@lantern/ui/notification-banner';
import { SubNavigation } from '@lantern/ui/sub-navigation';
import { QueryFallback } from '@lantern/client/query-view';
import { CaseHeader } from './components/case-header';
import { ConsentWithdrawnBanner } from './components/consent-withdrawn-banner';
import { consentWithdrawn, useReferralCase, type CaseReferral } from './use-referral-case';

export interface CaseOutletContext {
  referral: CaseReferral;
  refetch: () => Promise<unknown>;
}

/** The tabs of a case: overview, the referral as sent, contact and updates, timeline. */
export function CaseLayout() {
  const { view, refetch } = useReferralCase();
  const { pathname, state } = useLocation() as { pathname: string; state: { success?: string } | null };
  if (view.state !== 'ready') return <QueryFallback view={view} loading="Loading the referral" />;
  const referral = view.value;
  const base = `/referrals/${referral.id}`;
  const success = state?.success;
  const tabs = [
    { href: base, text: 'Overview' },
    { href: `${base}/details`, text: 'Referral details' },
    { href: `${base}/activity`, text: `Contact and updates (${referral.contactAttempts.length + referral.safeguardingUpdates.length})` },
    { href: `${base}/timeline`, text: 'Timeline' },
  ];
  return (
    <>
      {success && <NotificationBanner type="success" heading={success} />}
      {consentWithdrawn(referral) && <ConsentWithdrawnBanner referral={referral} />}
      <CaseHeader referral={referral} />
      <SubNavigation label="Referral sections" items={tabs.map((tab) => ({ ...tab, active: pathname === tab.href }))} />
      <Outlet context={{ referral, refetch } satisfies CaseOutletContext} />
    </>
  );
}

export function useCaseOutlet(): CaseOutletContext {
  return useOutletContext<CaseOutletContext>();
}
