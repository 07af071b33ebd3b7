import { SummaryCard, SummaryList } from '@lantern/ui/summary-list';
import { InsetText } from '@lantern/ui/inset-text';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import { ConsentSummary } from '../referrals/consent-summary';
import { CrimeSummary } from '../referrals/crime-summary';
import { MissingSection } from '../referrals/missing-section';
import { OrderSummary } from '../referrals/order-summary';
import { RiskSummary } from '../referrals/risk-summary';
import { VictimSummary } from '../referrals/victim-summary';
import { SECTION_STEPS, stepPath, type StepSlug } from './steps';

export const sectionId = (slug: StepSlug) => `check-${slug}`;

const CONSENT_PATHS = ['given', 'givenBy', 'givenAt', 'method', 'whatVictimWasTold', 'namedServiceId', 'purposes', 'victimAwareOfReferral', 'withoutConsent', 'consent'];
const ORDER_PATHS = ['considered', 'decision', 'rationale', 'interimMadeOn', 'fullMadeOn', 'conditions', 'expiresOn', 'stalkingProtectionOrder'];
const RISK_PATHS = ['screening', 'answers', 'riskLevel', 'riskRationale', 'dashTickCount', 'specialistAssessment'];

/** The section of "check your answers" an API input path belongs to, so its message can link there. */
export function sectionForApiPath(path: string): StepSlug {
  const root = path.replace(/^input\./, '').split(/[.[]/)[0];
  if (root === 'victim') return 'victim';
  if (RISK_PATHS.includes(root)) return 'risk';
  if (CONSENT_PATHS.includes(root)) return 'consent';
  if (ORDER_PATHS.includes(root)) return 'order';
  if (root === 'partnerServiceId' || root === 'proposedServiceId') return 'service';
  return 'crime';
}

/** What the API says stops the referral being sent, each linking to the section of the page to change. */
export function SendBlockers({ referral }: { referral: Pick<ReferralFieldsFragment, 'submissionBlockers' | 'noConsentAuthorisation'> }) {
  const blockers = referral.submissionBlockers;
  const waitingForSupervisor = referral.noConsentAuthorisation?.state === 'REQUESTED' && blockers.some((b) => b.section === 'CONSENT');
  return (
    <InsetText>
      <p className="govuk-body">Before you can send the referral:</p>
      <ul className="govuk-list govuk-list--bullet">
        {blockers.map((blocker) => (
          <li key={`${blocker.field}:${blocker.message}`}>
            <a className="govuk-link" href={`#${sectionId(SECTION_STEPS[blocker.section])}`}>
              {blocker.message}
            </a>
          </li>
        ))}
      </ul>
      {waitingForSupervisor && <p className="govuk-body">The referral stays in your referrals as a draft until they decide.</p>}
    </InsetText>
  );
}

/** The answers of every step, each with "Change" links back to its step (GOV.UK check answers pattern). */
export function CheckAnswers({ referral }: { referral: ReferralFieldsFragment }) {
  const changeHref = (slug: StepSlug) => `${stepPath(referral.id, slug)}?from=check`;
  const service = referral.proposedService;
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
        </SummaryCard>
      ) : (
        <MissingSection title="Service" href={changeHref('service')} id={sectionId('service')} text="No service chosen yet." />
      )}
    </>
  );
}
