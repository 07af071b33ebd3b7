import { ConsentSummary } from '../referrals/consent-summary';
import { CrimeSummary } from '../referrals/crime-summary';
import { OrderSummary } from '../referrals/order-summary';
import { RiskSummary } from '../referrals/risk-summary';
import { VictimSummary } from '../referrals/victim-summary';
import { ReferralFrame } from './referral-frame';
import { WithReferral } from './with-referral';

/** Everything recorded in the referral, section by section. */
export function ReferralDetailsPage() {
  return (
    <WithReferral>
      {(referral) => (
        <ReferralFrame referral={referral} view="details">
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds-from-desktop">
              <CrimeSummary referral={referral} />
              <VictimSummary referral={referral} />
              <RiskSummary referral={referral} />
              <ConsentSummary referral={referral} />
              <OrderSummary referral={referral} />
            </div>
          </div>
        </ReferralFrame>
      )}
    </WithReferral>
  );
}
