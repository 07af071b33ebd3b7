import { EMPTY_DATE } from '@lantern/ui/date-input';
import { describe, expect, it } from 'vitest';
import { completeDraft } from '../../test/referral-fixture';
import { validateConsent, type ConsentValues } from './consent-form';
import { EMPTY_CRIME, validateCrime, type CrimeValues } from './crime-form';
import { validateOrder, type OrderValues } from './order-form';
import { dashTicks, maracIndicated, riskValuesFrom, validateRisk, yesCount, type RiskValues } from './risk-form';
import { VICTIM_FIELDS, validateVictim, victimValuesFrom, type VictimValues } from './victim-form';

const fields = (errors: Array<{ field?: string }>) => errors.map((e) => e.field);
const messages = (errors: Array<{ message: string }>) => errors.map((e) => e.message);

describe('crime step', () => {
  const valid: CrimeValues = {
    crimeReference: 'EA/12345/26',
    reportedDate: { day: '1', month: '3', year: '2026' },
    reportedTime: '14:30',
    offenceClassifications: ['STALKING_S2A'],
    fourIndicators: ['FIXATED'],
    suspectRelationship: 'STRANGER',
    circumstances: '',
  };

  it('asks for every required answer, in the order of the page', () => {
    expect(messages(validateCrime(EMPTY_CRIME).errors)).toEqual([
      'Enter the crime reference',
      'Enter the date the crime was reported',
      'Select at least one offence',
      'Select the FOUR indicators that are present. If none are, this may not be stalking',
      "Select the suspect's relationship to the victim",
    ]);
  });

  it('refuses a crime reference with other characters, a date that does not exist, and a time that is not a time', () => {
    const { errors } = validateCrime({ ...valid, crimeReference: 'EA<12>', reportedDate: { day: '31', month: '2', year: '2026' }, reportedTime: '25:00' });
    expect(errors).toEqual([
      { field: 'crimeReference', message: 'Crime reference must only include letters, numbers, spaces, hyphens and slashes' },
      { field: 'reportedAt', message: 'The date the crime was reported must be a real date' },
      { field: 'reportedTime', message: 'Enter the time in the 24-hour clock, like 14:30' },
    ]);
  });

  it('says which part of a date is missing, and refuses a report from the future', () => {
    expect(messages(validateCrime({ ...valid, reportedDate: { day: '1', month: '', year: '' } }).errors)).toEqual([
      'The date the crime was reported must include a month and year',
    ]);
    expect(messages(validateCrime({ ...valid, reportedDate: { day: '1', month: '1', year: '2999' } }).errors)).toEqual([
      'The date the crime was reported must be today or in the past',
    ]);
  });

  it('turns valid answers into the API input, with the local time of the report', () => {
    const { errors, input } = validateCrime(valid, new Date('2026-06-01T00:00:00Z'));
    expect(errors).toEqual([]);
    expect(input).toEqual({
      crimeReference: 'EA/12345/26',
      reportedAt: new Date(2026, 2, 1, 14, 30).toISOString(),
      offenceClassifications: ['STALKING_S2A'],
      fourIndicators: ['FIXATED'],
      suspectRelationship: 'STRANGER',
      circumstances: null,
    });
  });
});

describe('victim step', () => {
  const areas = ['Eastshire North', 'Eastborough'];
  const valid: VictimValues = victimValuesFrom(completeDraft());

  it('needs a safe phone number unless e-mail is the way to make contact', () => {
    const noPhone = validateVictim({ ...valid, phone: '', voicemailSafe: '' }, areas);
    expect(noPhone.errors).toEqual([
      { field: VICTIM_FIELDS.phone, message: 'Enter a safe phone number, or choose e-mail as the way to make contact' },
    ]);
    const byEmail = validateVictim({ ...valid, preferredMethod: 'EMAIL', phone: '', voicemailSafe: '', email: '' }, areas);
    expect(byEmail.errors).toEqual([{ field: VICTIM_FIELDS.email, message: 'Enter a safe e-mail address' }]);
    const emailGiven = validateVictim({ ...valid, preferredMethod: 'EMAIL', phone: '', voicemailSafe: '', email: 'safe@example.com' }, areas);
    expect(emailGiven.errors).toEqual([]);
    expect(emailGiven.input?.safeContact).toMatchObject({ phone: null, email: 'safe@example.com', voicemailSafe: null, preferredMethod: 'EMAIL' });
  });

  it('asks whether a voicemail is safe whenever there is a phone number, and when it is safe to make contact', () => {
    const { errors } = validateVictim({ ...valid, voicemailSafe: '', safeTimes: ' ' }, areas);
    expect(fields(errors)).toEqual([VICTIM_FIELDS.voicemailSafe, VICTIM_FIELDS.safeTimes]);
  });

  it('checks the phone number, e-mail, postcode and area', () => {
    const { errors } = validateVictim({ ...valid, phone: '12', email: 'not-an-email', postcode: 'NOPE', area: 'Westshire' }, areas);
    expect(fields(errors)).toEqual([VICTIM_FIELDS.area, VICTIM_FIELDS.postcode, VICTIM_FIELDS.phone, VICTIM_FIELDS.email]);
  });

  it('keeps the answers, trimmed, with blanks as null', () => {
    const { input } = validateVictim({ ...valid, firstName: '  Jordan ', language: '  ', postcode: 'ea1 2bc' }, areas);
    expect(input).toMatchObject({ firstName: 'Jordan', language: null, postcode: 'EA1 2BC', dateOfBirth: '1990-03-31', interpreterNeeded: false });
  });
});

describe('S-DASH step', () => {
  const blank = riskValuesFrom(completeDraft({ screening: null }));
  const answered: RiskValues = {
    ...blank,
    answers: blank.answers.map((a, i) => ({ ...a, answer: i % 2 === 0 ? 'YES' : 'UNKNOWN' })),
    riskLevel: 'MEDIUM',
    dashCompleted: 'no',
    specialistCompleted: 'no',
  };

  it('needs an answer to each of the 11 questions, named by its number', () => {
    const { errors } = validateRisk(blank);
    expect(messages(errors).slice(0, 11)).toEqual(Array.from({ length: 11 }, (_, i) => `Select yes, no or not known for question ${i + 1}`));
    expect(fields(errors)[0]).toBe('answers-VERY_FRIGHTENED');
  });

  it('counts the yes answers, with no cut-off', () => {
    expect(yesCount(answered)).toBe(6);
    const { input } = validateRisk(answered);
    expect(input?.answers).toHaveLength(11);
    expect(input?.answers[0]).toEqual({ question: 'VERY_FRIGHTENED', answer: 'YES', note: null });
    expect(input?.dashTickCount).toBeNull();
  });

  it('asks for the DASH tick count when a DASH was done, and flags MARAC at 14 or more', () => {
    expect(fields(validateRisk({ ...answered, dashCompleted: 'yes', dashTickCount: '' }).errors)).toEqual(['dashTickCount']);
    expect(messages(validateRisk({ ...answered, dashCompleted: 'yes', dashTickCount: '28' }).errors)).toEqual([
      'The number of DASH ticks must be a whole number between 0 and 27',
    ]);
    expect(maracIndicated({ ...answered, dashCompleted: 'yes', dashTickCount: '13' })).toBe(false);
    expect(maracIndicated({ ...answered, dashCompleted: 'yes', dashTickCount: '14' })).toBe(true);
    expect(dashTicks({ ...answered, dashTickCount: '1.5' })).toBeNull();
  });

  it('records a specialist assessment only as who, when and the result', () => {
    const { errors } = validateRisk({ ...answered, specialistCompleted: 'yes' });
    expect(fields(errors)).toEqual(['specialistAssessment-instrument', 'specialistAssessment-completedBy', 'specialistAssessment-completedOn', 'specialistAssessment-result']);
  });
});

describe('consent step', () => {
  const base: ConsentValues = {
    given: '',
    givenBy: '',
    givenAt: EMPTY_DATE,
    method: '',
    whatVictimWasTold: '',
    namedServiceId: '',
    purposes: [],
    victimAwareOfReferral: '',
    reason: '',
    safeguardingBasis: '',
  };

  it('with consent, records who, when, how, what they were told, the named service and the purposes', () => {
    expect(fields(validateConsent({ ...base, given: 'yes' }, ['service-1']).errors)).toEqual([
      'givenBy',
      'givenAt',
      'method',
      'whatVictimWasTold',
      'namedServiceId',
      'purposes',
    ]);
  });

  it('without consent, needs the reason and the safeguarding basis, for a supervisor to authorise', () => {
    expect(fields(validateConsent({ ...base, given: 'no' }, []).errors)).toEqual([
      'withoutConsent-reason',
      'withoutConsent-safeguardingBasis',
      'victimAwareOfReferral',
    ]);
    const { input } = validateConsent({ ...base, given: 'no', reason: 'Too frightened', safeguardingBasis: 'Risk to life', victimAwareOfReferral: 'no' }, []);
    expect(input).toEqual({ given: false, victimAwareOfReferral: false, withoutConsent: { reason: 'Too frightened', safeguardingBasis: 'Risk to life' } });
  });
});

describe('Stalking Protection Order step', () => {
  const base: OrderValues = { considered: '', decision: '', rationale: '', interimMadeOn: EMPTY_DATE, fullMadeOn: EMPTY_DATE, conditions: '', expiresOn: EMPTY_DATE };

  it('"not yet considered" needs nothing else', () => {
    expect(validateOrder({ ...base, considered: 'no' }).input).toMatchObject({ considered: false, decision: 'NOT_CONSIDERED', conditions: null });
  });

  it('a granted order needs its date and conditions, and must end after it was made', () => {
    expect(fields(validateOrder({ ...base, considered: 'yes', decision: 'FULL_GRANTED', rationale: 'Granted' }).errors)).toEqual(['fullMadeOn', 'conditions']);
    const ends = validateOrder({
      ...base,
      considered: 'yes',
      decision: 'FULL_GRANTED',
      rationale: 'Granted',
      fullMadeOn: { day: '2', month: '3', year: '2026' },
      conditions: 'No contact',
      expiresOn: { day: '1', month: '3', year: '2026' },
    });
    expect(messages(ends.errors)).toEqual(['The date the order ends must be after the date it was made']);
  });
});
