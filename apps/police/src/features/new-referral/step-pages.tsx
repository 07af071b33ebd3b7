import { Navigate } from 'react-router';
import { CheckAnswersStep } from './check-answers-step';
import { ConsentStep } from './consent-step';
import { CrimeStep } from './crime-step';
import { OrderStep } from './order-step';
import { RiskStep } from './risk-step';
import { ServiceStep } from './service-step';
import { VictimStep } from './victim-step';
import { WithDraft } from './with-draft';
import { firstIncompleteStep, stepPath, type StepSlug } from './steps';

/** `/referrals/new`: step 1 before the draft exists. */
export function NewReferralPage() {
  return <CrimeStep />;
}

/** `/referrals/:id/<step>`: a question page of an existing draft. */
export function DraftStepPage({ step }: { step: StepSlug }) {
  return (
    <WithDraft>
      {(referral) => {
        switch (step) {
          case 'crime':
            return <CrimeStep key={referral.id} referral={referral} />;
          case 'victim':
            return <VictimStep key={referral.id} referral={referral} />;
          case 'risk':
            return <RiskStep key={referral.id} referral={referral} />;
          case 'consent':
            return <ConsentStep key={referral.id} referral={referral} />;
          case 'order':
            return <OrderStep key={referral.id} referral={referral} />;
          case 'service':
            return <ServiceStep key={referral.id} referral={referral} />;
          case 'check':
            return <CheckAnswersStep referral={referral} />;
        }
      }}
    </WithDraft>
  );
}

/** `/referrals/:id/continue`: resume a draft at the first step still to do. */
export function ContinueDraftPage() {
  return <WithDraft>{(referral) => <Navigate to={stepPath(referral.id, firstIncompleteStep(referral))} replace />}</WithDraft>;
}
