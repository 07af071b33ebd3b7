import { ReferralTimeline } from '@lantern/client/referral-timeline';
import { ReferralFrame } from './referral-frame';
import { WithReferral } from './with-referral';

/** Everything that happened to the referral, newest first (MoJ timeline). */
export function ReferralTimelinePage() {
  return (
    <WithReferral>
      {(referral) => (
        <ReferralFrame referral={referral} view="timeline">
          <ReferralTimeline events={referral.timeline} />
        </ReferralFrame>
      )}
    </WithReferral>
  );
}
