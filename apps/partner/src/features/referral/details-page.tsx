import { useTitle } from '@lantern/client/page-title';
import { useCaseOutlet } from './case-layout';
import { ConsentCard, CrimeCard, StalkingProtectionOrderCard, VictimCard } from './components/referral-summary-cards';
import { SafeContactCard } from './components/safe-contact-card';
import { ScreeningCard } from './components/screening-card';
import { consentWithdrawn } from './use-referral-case';

/** The referral as the police sent it. */
export function DetailsPage() {
  const { referral } = useCaseOutlet();
  useTitle(`Referral ${referral.reference} details`);
  return (
    <>
      <h2 className="govuk-heading-m">{`The referral as ${referral.policeForce.name} sent it`}</h2>
      <SafeContactCard referral={referral} headingLevel={3} title={consentWithdrawn(referral) ? 'Safe contact details (consent withdrawn: do not use)' : undefined} />
      <VictimCard referral={referral} />
      <CrimeCard referral={referral} />
      <ScreeningCard referral={referral} />
      <ConsentCard referral={referral} />
      <StalkingProtectionOrderCard referral={referral} />
    </>
  );
}
