import { EMPTY_DATE, type DateParts } from '@lantern/ui/date-input';
import { fromIsoDate } from '@lantern/ui/dates';
import { LIMITS } from '@lantern/schema/limits';
import type { ContactMethod, ReferralFieldsFragment, VictimInput } from '../../gql/graphql';
import type { FormError } from '@lantern/client/form-errors';
import { Rules, textOrNull, yesNo } from '@lantern/client/form-rules';

export interface VictimValues {
  firstName: string;
  lastName: string;
  dateOfBirth: DateParts;
  area: string;
  postcode: string;
  preferredMethod: string;
  phone: string;
  email: string;
  voicemailSafe: '' | 'yes' | 'no';
  safeTimes: string;
  safeToSpeakTo: string;
  notSafeToSpeakTo: string;
  language: string;
  interpreterNeeded: '' | 'yes' | 'no';
  accessibilityNeeds: string;
}

/** Field ids follow the API's input paths, so the API's messages land on the right field. */
export const VICTIM_FIELDS = {
  firstName: 'victim-firstName',
  lastName: 'victim-lastName',
  dateOfBirth: 'victim-dateOfBirth',
  area: 'victim-area',
  postcode: 'victim-postcode',
  preferredMethod: 'victim-safeContact-preferredMethod',
  phone: 'victim-safeContact-phone',
  email: 'victim-safeContact-email',
  voicemailSafe: 'victim-safeContact-voicemailSafe',
  safeTimes: 'victim-safeContact-safeTimes',
  safeToSpeakTo: 'victim-safeContact-safeToSpeakTo',
  notSafeToSpeakTo: 'victim-safeContact-notSafeToSpeakTo',
  language: 'victim-language',
  interpreterNeeded: 'victim-interpreterNeeded',
  accessibilityNeeds: 'victim-accessibilityNeeds',
} as const;

export function victimValuesFrom(referral: ReferralFieldsFragment): VictimValues {
  const { victim } = referral;
  // The police always see the contact details; the type allows null because a service may not.
  const contact: Partial<NonNullable<typeof victim.safeContact>> = victim.safeContact ?? {};
  return {
    firstName: victim.firstName ?? '',
    lastName: victim.lastName ?? '',
    dateOfBirth: victim.dateOfBirth ? fromIsoDate(victim.dateOfBirth) : EMPTY_DATE,
    area: victim.area ?? '',
    postcode: victim.postcode ?? '',
    preferredMethod: contact.preferredMethod ?? '',
    phone: contact.phone ?? '',
    email: contact.email ?? '',
    voicemailSafe: yesNo(contact.voicemailSafe),
    safeTimes: contact.safeTimes ?? '',
    safeToSpeakTo: contact.safeToSpeakTo ?? '',
    notSafeToSpeakTo: contact.notSafeToSpeakTo ?? '',
    language: victim.language ?? '',
    interpreterNeeded: yesNo(victim.interpreterNeeded),
    accessibilityNeeds: victim.accessibilityNeeds ?? '',
  };
}

const POSTCODE = /^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$/;

/**
 * Checks the victim step. Safe contact details are required: missing or unsafe details are the main reason
 * referrals stall. A safe phone number is needed unless e-mail is the chosen way to make contact.
 */
export function validateVictim(values: VictimValues, areas: readonly string[]): { errors: FormError[]; input?: VictimInput } {
  const rules = new Rules();
  const F = VICTIM_FIELDS;
  if (rules.required(F.firstName, values.firstName, "Enter the victim's first name")) {
    rules.maxLength(F.firstName, values.firstName.trim(), LIMITS.name.max, 'First name');
  }
  if (rules.required(F.lastName, values.lastName, "Enter the victim's last name")) {
    rules.maxLength(F.lastName, values.lastName.trim(), LIMITS.name.max, 'Last name');
  }
  const dateOfBirth = rules.date(F.dateOfBirth, values.dateOfBirth, 'date of birth', { notInFuture: true });
  if (rules.chosen(F.area, values.area, 'Select the area where the victim lives') && !areas.includes(values.area)) {
    rules.add(F.area, 'Select one of the areas listed');
  }
  if (values.postcode.trim() !== '' && !POSTCODE.test(values.postcode.trim())) {
    rules.add(F.postcode, 'Enter a real postcode, like AA1 1AA');
  }
  rules.chosen(F.preferredMethod, values.preferredMethod, 'Select the safest way to contact the victim');
  const emailChosen = values.preferredMethod === 'EMAIL';
  if (!emailChosen) {
    if (rules.required(F.phone, values.phone, 'Enter a safe phone number, or choose e-mail as the way to make contact')) {
      rules.phone(F.phone, values.phone, 'a safe phone number');
    }
  } else {
    rules.phone(F.phone, values.phone, 'a safe phone number');
  }
  if (emailChosen) {
    if (rules.required(F.email, values.email, 'Enter a safe e-mail address')) rules.email(F.email, values.email, 'a safe e-mail address');
  } else {
    rules.email(F.email, values.email, 'a safe e-mail address');
  }
  if (values.phone.trim() !== '') {
    rules.chosen(F.voicemailSafe, values.voicemailSafe, 'Select yes if it is safe to leave a voicemail on this number');
  }
  if (rules.required(F.safeTimes, values.safeTimes, 'Enter when it is safe to contact the victim')) {
    rules.maxLength(F.safeTimes, values.safeTimes, LIMITS.shortText.max, 'Safe times');
  }
  rules.maxLength(F.safeToSpeakTo, values.safeToSpeakTo, LIMITS.note.max, 'Who is safe to speak to');
  rules.maxLength(F.notSafeToSpeakTo, values.notSafeToSpeakTo, LIMITS.note.max, 'Who is not safe to speak to');
  rules.maxLength(F.language, values.language, LIMITS.shortText.max, 'Language');
  rules.chosen(F.interpreterNeeded, values.interpreterNeeded, 'Select yes if the victim needs an interpreter');
  rules.maxLength(F.accessibilityNeeds, values.accessibilityNeeds, LIMITS.note.max, 'Accessibility needs');
  if (rules.errors.length > 0) return { errors: rules.errors };
  const phone = textOrNull(values.phone);
  return {
    errors: [],
    input: {
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      dateOfBirth,
      area: values.area,
      postcode: textOrNull(values.postcode)?.toUpperCase() ?? null,
      language: textOrNull(values.language),
      interpreterNeeded: values.interpreterNeeded === 'yes',
      accessibilityNeeds: textOrNull(values.accessibilityNeeds),
      safeContact: {
        preferredMethod: values.preferredMethod as ContactMethod,
        phone,
        email: textOrNull(values.email),
        voicemailSafe: phone ? values.voicemailSafe === 'yes' : null,
        safeTimes: textOrNull(values.safeTimes),
        safeToSpeakTo: textOrNull(values.safeToSpeakTo),
        notSafeToSpeakTo: textOrNull(values.notSafeToSpeakTo),
      },
    },
  };
}
