import { EARLIEST_DATE_OF_BIRTH } from '@lantern/schema/limits';
import type { InputProblems } from '../../../common/errors/app-error.js';
import type { VictimPart } from '../referral-parts.js';
import type { VictimInput } from './victim.input.js';

/** Trimmed text, or null for blank. */
export const clean = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** The victim details as stored: trimmed, blanks as null, postcode upper-case, e-mail lower-case. */
export function toVictimPart(input: VictimInput | null | undefined): VictimPart {
  const contact = input?.safeContact ?? {};
  return {
    firstName: clean(input?.firstName),
    lastName: clean(input?.lastName),
    dateOfBirth: input?.dateOfBirth ?? null,
    area: clean(input?.area),
    postcode: clean(input?.postcode)?.toUpperCase() ?? null,
    safeContact: {
      phone: clean(contact.phone),
      email: clean(contact.email)?.toLowerCase() ?? null,
      voicemailSafe: contact.voicemailSafe ?? null,
      preferredMethod: contact.preferredMethod ?? null,
      safeTimes: clean(contact.safeTimes),
      safeToSpeakTo: clean(contact.safeToSpeakTo),
      notSafeToSpeakTo: clean(contact.notSafeToSpeakTo),
    },
    language: clean(input?.language),
    interpreterNeeded: input?.interpreterNeeded ?? null,
    accessibilityNeeds: clean(input?.accessibilityNeeds),
  };
}

/**
 * Adds a problem for a report date in the future (a minute's clock skew allowed), or a birth date not in the
 * past or before EARLIEST_DATE_OF_BIRTH (packages/schema limits).
 */
export function checkDraftDates(problems: InputProblems, reportedAt: Date | null | undefined, victim: VictimInput | null | undefined, now: Date): void {
  if (reportedAt && reportedAt.getTime() > now.getTime() + 60_000) {
    problems.add('reportedAt', 'The date the crime was reported must be today or in the past');
  }
  if (victim?.dateOfBirth && new Date(victim.dateOfBirth).getTime() > now.getTime()) {
    problems.add('victim.dateOfBirth', 'Date of birth must be in the past');
  } else if (victim?.dateOfBirth && victim.dateOfBirth < EARLIEST_DATE_OF_BIRTH) {
    problems.add('victim.dateOfBirth', `Date of birth must be on or after ${EARLIEST_DATE_OF_BIRTH.slice(0, 4)}: check the year`);
  }
}
