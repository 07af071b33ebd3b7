import { SummaryCard, SummaryList } from '@lantern/ui/summary-list';
import { WarningText } from '@lantern/ui/warning-text';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import { ConsentSummary } from '../referrals/consent-summary';
import { CrimeSummary } from '../referrals/crime-summary';
import { MissingSection } from '../referrals/missing-section';
import { OrderSummary } from '../referrals/order-summary';
import { RiskSummary } from '../referrals/risk-summary';
import { VictimSummary } from '../referrals/victim-summary';
import { consentComplete, stepPath, victimComplete, type StepSlug } from './steps';

export interface ChosenService {
  id: string;
  name: string;
}

/** What stops the referral being sent, each with the section it is about. */
export interface SendBlocker {
  section: StepSlug;
  message: string;
}

/** Everything that must be done before the referral can be sent, in the order of the steps. */
export function sendBlockers(referral: ReferralFieldsFragment, service: ChosenService | null): SendBlocker[] {
  const blockers: SendBlocker[] = [];
  if (!victimComplete(referral)) blockers.push({ section: 'victim', message: "Add the victim's name, area and safe contact details" });
  if (!referral.screening) blockers.push({ section: 'risk', message: 'Record the S-DASH risk screening' });
  if (!consentComplete(referral)) {
    blockers.push({ section: 'consent', message: "Record the victim's consent, or the reason to refer without it" });
  } else if (!(referral.consent?.given && !referral.consent.withdrawnAt)) {
    const state = referral.noConsentAuthorisation?.state;
    if (state === 'REQUESTED') blockers.push({ section: 'consent', message: 'A supervisor must authorise sending this referral without consent' });
    if (state === 'REFUSED') blockers.push({ section: 'consent', message: 'A supervisor refused to authorise sending this referral without consent' });
  }
  if (!referral.protectiveOrder) blockers.push({ section: 'order', message: 'Record whether a Stalking Protection Order has been considered' });
  if (!service) blockers.push({ section: 'service', message: 'Choose the service to send the referral to' });
  return blockers;
}

export const sectionId = (slug: StepSlug) => `check-${slug}`;

const CONSENT_PATHS = ['given', 'givenBy', 'givenAt', 'method', 'whatVictimWasTold', 'namedServiceId', 'purposes', 'victimAwareOfReferral', 'withoutConsent', 'consent'];
const ORDER_PATHS = ['considered', 'decision', 'rationale', 'interimMadeOn', 'fullMadeOn', 'conditions', 'expiresOn', 'protectiveOrder'];
const RISK_PATHS = ['screening', 'answers', 'riskLevel', 'riskRationale', 'dashTickCount', 'specialistAssessment'];

/** The section of "check your answers" an API input path belongs to, so its message can link there. */
export function sectionForApiPath(path: string): StepSlug {
  const root = path.replace(/^input\./, '').split(/[.[]/)[0];
  if (root === 'victim') return 'victim';
  if (RISK_PATHS.includes(root)) return 'risk';
  if (CONSENT_PATHS.includes(root)) return 'consent';
  if (ORDER_PATHS.includes(root)) return 'order';
  if (root === 'partnerServiceId') return 'service';
  return 'crime';
}

/** The answers of every step, each with "Change" links back to its step (GOV.UK check answers pattern). */
export function CheckAnswers({ referral, service }: { referral: ReferralFieldsFragment; service: ChosenService | null }) {
  const changeHref = (slug: StepSlug) => `${stepPath(referral.id, slug)}?from=check`;
  const namedService = referral.consent?.given && !referral.consent.withdrawnAt ? referral.consent.namedService : null;
  return (
    <>
      <CrimeSummary referral={referral} changeHref={changeHref('crime')} id={sectionId('crime')} />
      <VictimSummary referral={referral} changeHref={changeHref('victim')} id={sectionId('victim')} />
      <RiskSummary referral={referral} changeHref={changeHref('risk')} id={sectionId('risk')} />
      <ConsentSummary referral={referral} changeHref={changeHref('consent')} id={sectionId('consent')} />
      <OrderSummary referral={referral} changeHref={changeHref('order')} id={sectionId('order')} />
      {service ? (
        <SummaryCard title="Service" id={sectionId('service')}>
          <SummaryList
            rows={[{ key: 'Send the referral to', value: service.name, actions: [{ href: changeHref('service'), text: 'Change', visuallyHiddenText: 'service' }] }]}
          />
          {namedService && namedService.id !== service.id && (
            <WarningText>The victim agreed to be referred to {namedService.name}, not to this service.</WarningText>
          )}
        </SummaryCard>
      ) : (
        <MissingSection title="Service" href={changeHref('service')} id={sectionId('service')} text="No service chosen yet." />
      )}
    </>
  );
}
