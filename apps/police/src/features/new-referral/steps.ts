import type { ReferralFieldsFragment } from '../../gql/graphql';
import type { DraftStore } from '@lantern/client/draft-store';

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

/** Draft-store key of the service chosen for a draft (there is no API field until it is sent). */
export function chosenServiceKey(referralId: string): string {
  return `service:${referralId}`;
}

/** The service the officer chose for the draft, kept in their draft store. */
export function chosenServiceId(drafts: DraftStore, referralId: string): string | undefined {
  return drafts.load<{ serviceId: string }>(chosenServiceKey(referralId))?.serviceId;
}

type DraftReferral = Pick<ReferralFieldsFragment, 'id' | 'victim' | 'screening' | 'consent' | 'noConsentAuthorisation' | 'protectiveOrder'>;

/** True when the victim step has what a service needs to make safe contact. */
export function victimComplete(referral: DraftReferral): boolean {
  const { victim } = referral;
  const contact = victim.safeContact;
  const reachable = contact.preferredMethod === 'EMAIL' ? Boolean(contact.email) : Boolean(contact.phone);
  return Boolean(victim.firstName && victim.lastName && victim.area && contact.preferredMethod && reachable);
}

export function consentComplete(referral: DraftReferral): boolean {
  const consentGiven = referral.consent?.given === true && !referral.consent.withdrawnAt;
  return consentGiven || referral.noConsentAuthorisation != null;
}

/** Where to resume a draft: the first step still to do ("check" when everything is done). */
export function firstIncompleteStep(referral: DraftReferral, drafts: DraftStore): StepSlug {
  if (!victimComplete(referral)) return 'victim';
  if (!referral.screening) return 'risk';
  if (!consentComplete(referral)) return 'consent';
  if (!referral.protectiveOrder) return 'order';
  if (!chosenServiceId(drafts, referral.id)) return 'service';
  return 'check';
}
