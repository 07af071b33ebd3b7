import { useTitle } from '@lantern/client/page-title';
import { ReferralTimeline } from '@lantern/client/referral-timeline';
import { useCaseOutlet } from './case-layout';

/** Everything that happened to the referral, newest first, with who did it. */
export function TimelinePage() {
  const { referral } = useCaseOutlet();
  useTitle(`Referral ${referral.reference} timeline`);
  return <ReferralTimeline events={referral.timeline} />;
}
