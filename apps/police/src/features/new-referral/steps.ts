import type { ReferralFieldsFragment, SubmissionSection } from '../../gql/graphql';

export type StepSlug = 'crime' | 'victim' | 'risk' | 'consent' | 'order' | 'service' | 'check';

export interface Step {
  slug: StepSlug;
  /** The step's page heading. */
  title: string;
}

/** The question pages of a new referral, in order, then "check your answers". */
export const STEPS: readonly Step[] = [
  { slug: 'crime', title: 'Crime and stalking behaviour' },
  { slug: 'victim', title: 'Victim and safe contact' },
  { slug: 'risk', title: 'Stalking risk screening (S-DASH)' },
  { slug: 'consent', title: 'Consent to the referral' },
  { slug: 'order', title: 'Stalking Protection Order' },
  { slug: 'service', title: 'Choose a service' },
  { slug: 'check', title: 'Check your answers before sending the referral' },
];

export function stepNumber(slug: StepSlug): number {
  return STEPS.findIndex((step) => step.slug === slug) + 1;
}

export function stepPath(referralId: string | undefined, slug: StepSlug): string {
  if (!referralId) return '/referrals/new';
  return `/referrals/${referralId}/${slug}`;
}

/** The step after `slug`, or "check" when returning from a change link. */
export function nextStepPath(referralId: string, slug: StepSlug, returnToCheck: boolean): string {
  if (returnToCheck) return stepPath(referralId, 'check');
  const index = STEPS.findIndex((step) => step.slug === slug);
  return stepPath(referralId, STEPS[Math.min(index + 1, STEPS.length - 1)].slug);
}

export function previousStepPath(referralId: string | undefined, slug: StepSlug): string {
  const index = STEPS.findIndex((step) => step.slug === slug);
  if (index <= 0) return '/';
  return stepPath(referralId, STEPS[index - 1].slug);
}

/** The step where each section of a draft is answered (the API's `SubmissionSection`). */
export const SECTION_STEPS: Record<SubmissionSection, StepSlug> = {
  CRIME: 'crime',
  VICTIM: 'victim',
  RISK: 'risk',
  CONSENT: 'consent',
  STALKING_PROTECTION_ORDER: 'order',
  SERVICE: 'service',
};

type DraftReferral = Pick<ReferralFieldsFragment, 'submissionBlockers' | 'consent' | 'noConsentAuthorisation'>;

/**
 * Where to resume a draft: the step of the first thing the API says stops it being sent ("check" when
 * nothing does). Once the consent step is answered (consent, or a request to refer without it), what is left
 * there (a supervisor's decision, consent to another service) is shown on "check your answers" instead.
 */
export function firstIncompleteStep(referral: DraftReferral): StepSlug {
  const consentAnswered = referral.consent != null || referral.noConsentAuthorisation != null;
  const blocker = referral.submissionBlockers.find((b) => !(b.section === 'CONSENT' && consentAnswered));
  return blocker ? SECTION_STEPS[blocker.section] : 'check';
}
