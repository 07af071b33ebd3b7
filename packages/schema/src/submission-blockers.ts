import { ERROR_MESSAGES, type FieldProblem } from './error-codes.js';
import type { AuthorisationState, ContactMethod } from './vocabularies.js';

/**
 * The sections of a draft referral, in the order the officer fills them in and "check your answers" shows
 * them (the GraphQL enum `SubmissionSection`). Nothing in CRIME blocks sending: the API requires those answers
 * when the draft is created.
 */
export const SUBMISSION_SECTIONS = ['CRIME', 'VICTIM', 'RISK', 'CONSENT', 'STALKING_PROTECTION_ORDER', 'SERVICE'] as const;
export type SubmissionSection = (typeof SUBMISSION_SECTIONS)[number];

/** One thing that stops a draft being sent: the field it is about, what to do, and the section to do it in. */
export interface SubmissionBlocker extends FieldProblem {
  readonly section: SubmissionSection;
}

/** What decides whether a draft can be sent: plain values the API reads from the draft (and the apps could show). */
export interface SubmissionDraft {
  readonly victim: {
    readonly firstName?: string | null;
    readonly lastName?: string | null;
    readonly area?: string | null;
    readonly safeContact?: {
      readonly preferredMethod?: ContactMethod | null;
      readonly phone?: string | null;
      readonly email?: string | null;
      readonly voicemailSafe?: boolean | null;
      readonly safeTimes?: string | null;
    } | null;
  };
  /** The S-DASH screening and risk level are recorded. */
  readonly screeningRecorded: boolean;
  /** The victim's consent as recorded (null when none was), with the service they agreed to. */
  readonly consent: { readonly given: boolean; readonly withdrawn: boolean; readonly namedServiceId: string | null } | null;
  /** Where the request to refer without consent stands; null when none was made. */
  readonly noConsentState: AuthorisationState | null;
  /** Whether a Stalking Protection Order was considered is recorded (whatever the decision). */
  readonly stalkingProtectionOrderRecorded: boolean;
  /** The partner service the officer proposes to send the draft to, with the areas it covers; null until chosen. */
  readonly proposedService: { readonly id: string; readonly name: string; readonly areas: readonly string[] } | null;
}

/** Missing as the API's input checks see it: null, undefined, or only spaces. */
const missing = (value: string | boolean | null | undefined): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

function victimBlockers({ victim }: SubmissionDraft): FieldProblem[] {
  const contact = victim.safeContact ?? {};
  const required: [string, string | boolean | null | undefined, string][] = [
    ['victim.firstName', victim.firstName, "Enter the victim's first name"],
    ['victim.lastName', victim.lastName, "Enter the victim's last name"],
    ['victim.area', victim.area, 'Select the area the victim lives in'],
    ['victim.safeContact.preferredMethod', contact.preferredMethod, 'Select how the victim prefers to be contacted'],
  ];
  if (contact.preferredMethod === 'EMAIL') {
    required.push(['victim.safeContact.email', contact.email, 'Enter a safe e-mail address']);
  } else {
    required.push(['victim.safeContact.phone', contact.phone, 'Enter a safe phone number']);
    if (!missing(contact.phone)) {
      required.push(['victim.safeContact.voicemailSafe', contact.voicemailSafe, 'Say whether it is safe to leave a voicemail']);
    }
  }
  required.push(['victim.safeContact.safeTimes', contact.safeTimes, 'Enter when it is safe to contact the victim']);
  return required.filter(([, value]) => missing(value)).map(([field, , message]) => ({ field, message }));
}

function consentBlocker({ consent, noConsentState, proposedService }: SubmissionDraft): string | null {
  if (consent?.given && !consent.withdrawn) {
    if (proposedService && consent.namedServiceId !== proposedService.id) {
      return `The victim agreed to a referral to a different service. Record their consent to ${proposedService.name}, or choose the service they agreed to.`;
    }
    return null;
  }
  switch (noConsentState) {
    case 'AUTHORISED':
      return null;
    case 'REQUESTED':
      return 'A supervisor must authorise sending this referral without consent';
    case 'REFUSED':
      return 'A supervisor refused to authorise sending this referral without consent';
    default:
      return ERROR_MESSAGES.CONSENT_REQUIRED;
  }
}

function serviceBlocker({ proposedService, victim }: SubmissionDraft): string | null {
  if (!proposedService) return 'Choose the service to send the referral to';
  const area = victim.area?.trim();
  if (area && !proposedService.areas.includes(area)) return `${proposedService.name} does not cover ${area}. Select a service that does.`;
  return null;
}

/**
 * Everything that stops a draft referral being sent, field by field, in the order "check your answers" shows
 * the sections; empty when it can be sent. Each blocker's `field` is the path the API uses in
 * `extensions.fields` and its `section` the part of the draft to change:
 * - VICTIM: name, area, preferred contact method, a safe e-mail address (when e-mail is preferred) or a safe
 *   phone number and whether a voicemail is safe, and safe times to make contact;
 * - RISK: the S-DASH screening and risk level;
 * - CONSENT: consent that stands and names the proposed service, or a supervisor's authorisation to refer
 *   without it;
 * - STALKING_PROTECTION_ORDER: whether a Stalking Protection Order was considered;
 * - SERVICE: a proposed service that covers the victim's area.
 */
export function submissionBlockers(draft: SubmissionDraft): SubmissionBlocker[] {
  const inSection = (section: SubmissionSection) => (problem: FieldProblem): SubmissionBlocker => ({ ...problem, section });
  const blockers: SubmissionBlocker[] = victimBlockers(draft).map(inSection('VICTIM'));
  if (!draft.screeningRecorded) blockers.push({ section: 'RISK', field: 'screening', message: 'Complete the S-DASH screening and risk level' });
  const consent = consentBlocker(draft);
  if (consent) blockers.push({ section: 'CONSENT', field: 'consent', message: consent });
  if (!draft.stalkingProtectionOrderRecorded) {
    blockers.push({
      section: 'STALKING_PROTECTION_ORDER',
      field: 'stalkingProtectionOrder',
      message: 'Record whether a Stalking Protection Order has been considered',
    });
  }
  const service = serviceBlocker(draft);
  if (service) blockers.push({ section: 'SERVICE', field: 'partnerServiceId', message: service });
  return blockers;
}

/** How the API refuses to send a draft with blockers. */
export type SubmissionRefusal =
  | { readonly code: 'BAD_USER_INPUT'; readonly fields: FieldProblem[] }
  | { readonly code: 'CONSENT_REQUIRED'; readonly message: string };

/**
 * The refusal the API raises for a draft's blockers, or null when there are none: first every blocker outside
 * the consent section, together, as BAD_USER_INPUT with `extensions.fields` (field and message only); once
 * those are done, a consent blocker as CONSENT_REQUIRED with its message.
 */
export function submissionRefusal(blockers: readonly SubmissionBlocker[]): SubmissionRefusal | null {
  const fields = blockers.filter((blocker) => blocker.section !== 'CONSENT').map(({ field, message }) => ({ field, message }));
  if (fields.length > 0) return { code: 'BAD_USER_INPUT', fields };
  const consent = blockers.find((blocker) => blocker.section === 'CONSENT');
  return consent ? { code: 'CONSENT_REQUIRED', message: consent.message } : null;
}
