import { EMPTY_DATE, type DateParts } from '@lantern/ui/date-input';
import { fromIsoDate, londonDate } from '@lantern/ui/dates';
import { LIMITS } from '@lantern/schema/limits';
import type { ConsentMethod, ConsentPurpose, RecordConsentInput, ReferralFieldsFragment } from '../../gql/graphql';
import type { FormError } from '@lantern/client/form-errors';
import { Rules, yesNo } from '@lantern/client/form-rules';

export interface ConsentValues {
  given: '' | 'yes' | 'no';
  givenBy: string;
  givenAt: DateParts;
  method: string;
  whatVictimWasTold: string;
  namedServiceId: string;
  purposes: string[];
  victimAwareOfReferral: '' | 'yes' | 'no';
  reason: string;
  safeguardingBasis: string;
}

/** Field ids follow the API's input paths. */
export const CONSENT_FIELDS = {
  given: 'given',
  givenBy: 'givenBy',
  givenAt: 'givenAt',
  method: 'method',
  whatVictimWasTold: 'whatVictimWasTold',
  namedServiceId: 'namedServiceId',
  purposes: 'purposes',
  victimAwareOfReferral: 'victimAwareOfReferral',
  reason: 'withoutConsent-reason',
  safeguardingBasis: 'withoutConsent-safeguardingBasis',
} as const;

export function consentValuesFrom(referral: ReferralFieldsFragment): ConsentValues {
  const consent = referral.consent && !referral.consent.withdrawnAt ? referral.consent : null;
  const authorisation = referral.noConsentAuthorisation;
  const given = consent ? yesNo(consent.given) : authorisation ? 'no' : '';
  return {
    given,
    givenBy: consent?.givenBy ?? '',
    givenAt: consent?.givenAt ? fromIsoDate(consent.givenAt) : EMPTY_DATE,
    method: consent?.method ?? '',
    whatVictimWasTold: consent?.whatVictimWasTold ?? '',
    namedServiceId: consent?.namedService?.id ?? '',
    purposes: consent ? [...consent.purposes] : [],
    victimAwareOfReferral: consent ? yesNo(consent.victimAwareOfReferral) : '',
    reason: authorisation?.reason ?? '',
    safeguardingBasis: authorisation?.safeguardingBasis ?? '',
  };
}

type ConsentInput = Omit<RecordConsentInput, 'referralId' | 'expectedVersion'>;

/**
 * Consent and the lawful basis are separate records. With consent: who gave it, when, how, what they were
 * told, the named service and the purposes. Without: the safeguarding reason and basis, which a supervisor
 * must authorise before the referral can be sent.
 */
export function validateConsent(values: ConsentValues, serviceIds: readonly string[]): { errors: FormError[]; input?: ConsentInput } {
  const rules = new Rules();
  const F = CONSENT_FIELDS;
  rules.chosen(F.given, values.given, 'Select yes if the victim has agreed to the referral');
  let givenAt: string | null = null;
  if (values.given === 'yes') {
    if (rules.required(F.givenBy, values.givenBy, 'Enter who gave consent')) rules.maxLength(F.givenBy, values.givenBy.trim(), LIMITS.name.max, 'Who gave consent');
    givenAt = rules.date(F.givenAt, values.givenAt, 'the date consent was given', { required: true, notInFuture: true });
    rules.chosen(F.method, values.method, 'Select how consent was given');
    if (rules.required(F.whatVictimWasTold, values.whatVictimWasTold, 'Enter what the victim was told about the referral')) {
      rules.maxLength(F.whatVictimWasTold, values.whatVictimWasTold, LIMITS.note.max, 'What the victim was told');
    }
    if (rules.chosen(F.namedServiceId, values.namedServiceId, 'Select the service the victim agreed to be referred to') && !serviceIds.includes(values.namedServiceId)) {
      rules.add(F.namedServiceId, 'Select one of the services listed');
    }
    rules.chosen(F.purposes, values.purposes, 'Select what the victim agreed their information can be used for');
  }
  if (values.given === 'no') {
    if (rules.required(F.reason, values.reason, 'Enter why the referral should be made without consent')) {
      rules.maxLength(F.reason, values.reason, LIMITS.note.max, 'The reason');
    }
    if (rules.required(F.safeguardingBasis, values.safeguardingBasis, 'Enter the safeguarding basis for sharing without consent')) {
      rules.maxLength(F.safeguardingBasis, values.safeguardingBasis, LIMITS.note.max, 'The safeguarding basis');
    }
    rules.chosen(F.victimAwareOfReferral, values.victimAwareOfReferral, 'Select yes if the victim knows about the referral');
  }
  if (rules.errors.length > 0) return { errors: rules.errors };
  if (values.given === 'yes') {
    const [year, month, day] = (givenAt as string).split('-').map(Number);
    // Only the date is asked for: today means now, an earlier day means midday of that day.
    const at = givenAt === londonDate(new Date()) ? new Date() : new Date(year, month - 1, day, 12);
    return {
      errors: [],
      input: {
        given: true,
        givenBy: values.givenBy.trim(),
        givenAt: at.toISOString(),
        method: values.method as ConsentMethod,
        whatVictimWasTold: values.whatVictimWasTold.trim(),
        namedServiceId: values.namedServiceId,
        purposes: values.purposes as ConsentPurpose[],
        victimAwareOfReferral: true,
      },
    };
  }
  return {
    errors: [],
    input: {
      given: false,
      victimAwareOfReferral: values.victimAwareOfReferral === 'yes',
      withoutConsent: { reason: values.reason.trim(), safeguardingBasis: values.safeguardingBasis.trim() },
    },
  };
}
