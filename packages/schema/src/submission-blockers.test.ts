import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from './error-codes.js';
import { SUBMISSION_SECTIONS, submissionBlockers, submissionRefusal, type SubmissionDraft } from './submission-blockers.js';

const SERVICE = { id: 'service-1', name: 'Eastshire Stalking Advocacy Service', areas: ['Eastshire North', 'Eastshire South'] };

/** A draft that can be sent. */
function draft(changes: Partial<SubmissionDraft> = {}): SubmissionDraft {
  return {
    victim: {
      firstName: 'Sam',
      lastName: 'Tester',
      area: 'Eastshire North',
      safeContact: { preferredMethod: 'PHONE_CALL', phone: '07700 900456', voicemailSafe: false, safeTimes: 'Weekdays 9am to midday' },
    },
    screeningRecorded: true,
    consent: { given: true, withdrawn: false, namedServiceId: 'service-1' },
    noConsentState: null,
    stalkingProtectionOrderRecorded: true,
    proposedService: SERVICE,
    ...changes,
  };
}

const fields = (d: SubmissionDraft) => submissionBlockers(d).map((b) => b.field);
const withContact = (safeContact: NonNullable<SubmissionDraft['victim']['safeContact']>) => draft({ victim: { ...draft().victim, safeContact } });

describe('what stops a draft being sent', () => {
  it('is nothing for a complete draft', () => {
    expect(submissionBlockers(draft())).toEqual([]);
    expect(submissionRefusal(submissionBlockers(draft()))).toBeNull();
  });

  it("is each missing detail of the victim, field by field, in the API's words", () => {
    // Without an area the proposed service's coverage cannot be checked, so only the area is asked for.
    expect(submissionBlockers(draft({ victim: { firstName: ' ', lastName: null } }))).toEqual([
      { section: 'VICTIM', field: 'victim.firstName', message: "Enter the victim's first name" },
      { section: 'VICTIM', field: 'victim.lastName', message: "Enter the victim's last name" },
      { section: 'VICTIM', field: 'victim.area', message: 'Select the area the victim lives in' },
      { section: 'VICTIM', field: 'victim.safeContact.preferredMethod', message: 'Select how the victim prefers to be contacted' },
      { section: 'VICTIM', field: 'victim.safeContact.phone', message: 'Enter a safe phone number' },
      { section: 'VICTIM', field: 'victim.safeContact.safeTimes', message: 'Enter when it is safe to contact the victim' },
    ]);
  });

  it('asks for a safe e-mail address when e-mail is preferred, and for a safe phone number otherwise', () => {
    expect(fields(withContact({ preferredMethod: 'EMAIL', safeTimes: 'Evenings' }))).toEqual(['victim.safeContact.email']);
    expect(fields(withContact({ preferredMethod: 'TEXT_MESSAGE', email: 'sam@example.test', safeTimes: 'Evenings' }))).toEqual(['victim.safeContact.phone']);
  });

  it('asks whether a voicemail is safe once there is a phone number', () => {
    expect(submissionBlockers(withContact({ preferredMethod: 'PHONE_CALL', phone: '07700 900456', safeTimes: 'Evenings' }))).toEqual([
      { section: 'VICTIM', field: 'victim.safeContact.voicemailSafe', message: 'Say whether it is safe to leave a voicemail' },
    ]);
    expect(fields(withContact({ preferredMethod: 'PHONE_CALL', phone: '07700 900456', voicemailSafe: false, safeTimes: 'Evenings' }))).toEqual([]);
  });

  it("lists the API's fields for a draft with only a name and an area", () => {
    expect(fields(draft({ victim: { firstName: 'Sam', lastName: 'Tester', area: 'Eastshire North', safeContact: null }, screeningRecorded: false }))).toEqual([
      'victim.safeContact.preferredMethod',
      'victim.safeContact.phone',
      'victim.safeContact.safeTimes',
      'screening',
    ]);
  });

  it('needs the S-DASH screening', () => {
    expect(submissionBlockers(draft({ screeningRecorded: false }))).toEqual([
      { section: 'RISK', field: 'screening', message: 'Complete the S-DASH screening and risk level' },
    ]);
  });

  it("needs the victim's consent, or a supervisor's authorisation to refer without it", () => {
    const consent = (changes: Partial<SubmissionDraft>) => submissionBlockers(draft({ consent: null, ...changes }));
    expect(consent({})).toEqual([{ section: 'CONSENT', field: 'consent', message: ERROR_MESSAGES.CONSENT_REQUIRED }]);
    expect(consent({ consent: { given: false, withdrawn: false, namedServiceId: null } })).toEqual([
      { section: 'CONSENT', field: 'consent', message: ERROR_MESSAGES.CONSENT_REQUIRED },
    ]);
    expect(consent({ consent: { given: true, withdrawn: true, namedServiceId: 'service-1' } })).toEqual([
      { section: 'CONSENT', field: 'consent', message: ERROR_MESSAGES.CONSENT_REQUIRED },
    ]);
    expect(consent({ noConsentState: 'REQUESTED' })).toEqual([
      { section: 'CONSENT', field: 'consent', message: 'A supervisor must authorise sending this referral without consent' },
    ]);
    expect(consent({ noConsentState: 'REFUSED' })).toEqual([
      { section: 'CONSENT', field: 'consent', message: 'A supervisor refused to authorise sending this referral without consent' },
    ]);
    expect(consent({ noConsentState: 'AUTHORISED' })).toEqual([]);
  });

  it('needs consent to the service the draft is going to', () => {
    const elsewhere = { id: 'service-2', name: 'Northshire Victim Care', areas: ['Eastshire North'] };
    expect(submissionBlockers(draft({ proposedService: elsewhere }))).toEqual([
      {
        section: 'CONSENT',
        field: 'consent',
        message: 'The victim agreed to a referral to a different service. Record their consent to Northshire Victim Care, or choose the service they agreed to.',
      },
    ]);
    expect(submissionBlockers(draft({ proposedService: elsewhere, consent: null, noConsentState: 'AUTHORISED' }))).toEqual([]);
  });

  it('needs a record of whether a Stalking Protection Order was considered', () => {
    expect(submissionBlockers(draft({ stalkingProtectionOrderRecorded: false }))).toEqual([
      { section: 'STALKING_PROTECTION_ORDER', field: 'stalkingProtectionOrder', message: 'Record whether a Stalking Protection Order has been considered' },
    ]);
  });

  it("needs a chosen service that covers the victim's area", () => {
    expect(submissionBlockers(draft({ proposedService: null }))).toEqual([
      { section: 'SERVICE', field: 'partnerServiceId', message: 'Choose the service to send the referral to' },
    ]);
    expect(submissionBlockers(draft({ proposedService: { ...SERVICE, areas: ['Westshire'] } }))).toEqual([
      { section: 'SERVICE', field: 'partnerServiceId', message: 'Eastshire Stalking Advocacy Service does not cover Eastshire North. Select a service that does.' },
    ]);
  });

  it('lists the blockers in the order of the sections on "check your answers"', () => {
    const empty = draft({
      victim: { firstName: null },
      screeningRecorded: false,
      consent: null,
      stalkingProtectionOrderRecorded: false,
      proposedService: null,
    });
    const sections = submissionBlockers(empty).map((b) => b.section);
    expect([...new Set(sections)]).toEqual(['VICTIM', 'RISK', 'CONSENT', 'STALKING_PROTECTION_ORDER', 'SERVICE']);
    expect([...sections].sort((a, b) => SUBMISSION_SECTIONS.indexOf(a) - SUBMISSION_SECTIONS.indexOf(b))).toEqual(sections);
  });
});

describe('refusing to send a draft with blockers', () => {
  it('answers BAD_USER_INPUT with every field outside consent, first', () => {
    const blockers = submissionBlockers(draft({ screeningRecorded: false, consent: null, proposedService: null }));
    expect(submissionRefusal(blockers)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'screening', message: 'Complete the S-DASH screening and risk level' },
        { field: 'partnerServiceId', message: 'Choose the service to send the referral to' },
      ],
    });
  });

  it('answers CONSENT_REQUIRED with the consent message once nothing else is missing', () => {
    expect(submissionRefusal(submissionBlockers(draft({ consent: null, noConsentState: 'REQUESTED' })))).toEqual({
      code: 'CONSENT_REQUIRED',
      message: 'A supervisor must authorise sending this referral without consent',
    });
  });
});
