import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFixture } from '../../../test/session-fixture.js';
import { useOwnerDb } from '../../../test/owner-db.js';
import { tenancySnapshot } from '../../../test/db-snapshot.js';
import { referralIn, type BuiltReferral } from '../../../test/referral-states.js';
import { allAnswers, createDraft, draftInput, mutations, orderConsidered, queries, readyDraft, signIn, step } from '../../../test/referral-steps.js';
import { graphql } from '../../../test/gql/gql.js';
import type { UserKey } from '../../../test/tenancy.js';
import { textContaining } from '../../../test/matchers.js';

const f = useFixture();
const db = useOwnerDb(f);

const long = (n: number) => 'a'.repeat(n);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);
const isoDay = (offset: number) => day(offset).toISOString().slice(0, 10);
const SCRIPT = '<img src=x onerror=alert(1)>';

let draft: BuiltReferral;
let submitted: BuiltReferral;
let allocated: BuiltReferral;

beforeAll(async () => {
  [draft, submitted, allocated] = await Promise.all([referralIn(f, 'DRAFT'), referralIn(f, 'SUBMITTED'), referralIn(f, 'ALLOCATED')]);
}, 60_000);

const change = (r: () => { id: string; version: number }, extra: Record<string, unknown> = {}) => ({ referralId: r().id, expectedVersion: r().version, ...extra });
const create = (extra: Record<string, unknown>) => ({ ...draftInput(f.tenancy), ...extra });
const victim = (extra: Record<string, unknown>) => ({ firstName: 'Jo', lastName: 'Bloggs', area: f.tenancy.area, ...extra });
const contact = (extra: Record<string, unknown>) => victim({ safeContact: { phone: '07700 900123', voicemailSafe: false, safeTimes: 'Any', preferredMethod: 'PHONE_CALL', ...extra } });
const consentGiven = (extra: Record<string, unknown>) =>
  change(() => draft, {
    given: true,
    givenBy: 'The victim',
    givenAt: day(-1).toISOString(),
    method: 'VERBAL',
    whatVictimWasTold: 'Told.',
    namedServiceId: f.tenancy.service.id,
    purposes: ['SAFETY_PLANNING'],
    victimAwareOfReferral: true,
    ...extra,
  });
const screening = (extra: Record<string, unknown>) => change(() => draft, { answers: allAnswers(), riskLevel: 'MEDIUM', ...extra });
const order = (extra: Record<string, unknown>) => change(() => draft, { considered: true, decision: 'APPLICATION_PLANNED', rationale: 'Needed.', ...extra });
const update = (extra: Record<string, unknown>) =>
  change(() => allocated, { idempotencyKey: randomUUID(), kind: 'SUPPORT_PLAN_NOTE', text: 'Note', needsPoliceAction: false, visibleToVictim: false, ...extra });
const without = (input: Record<string, unknown>, key: string) => {
  const copy = { ...input };
  delete copy[key];
  return copy;
};

const DOCUMENTS = { ...mutations, signIn };

/** [mutation, who, input, fields named] — no fields means GraphQL itself refuses the input (type or enum). */
type Case = [keyof typeof DOCUMENTS, UserKey | 'anonymous', () => Record<string, unknown>, string[]?];
const CASES: Record<string, Case> = {
  'create: crime reference missing': ['createReferral', 'officer', () => without(create({}), 'crimeReference')],
  'create: crime reference blank': ['createReferral', 'officer', () => create({ crimeReference: '   ' }), ['crimeReference']],
  'create: crime reference too long': ['createReferral', 'officer', () => create({ crimeReference: long(31) }), ['crimeReference']],
  'create: crime reference in a wrong format': ['createReferral', 'officer', () => create({ crimeReference: 'CR;DROP' }), ['crimeReference']],
  'create: circumstances too long': ['createReferral', 'officer', () => create({ circumstances: long(5001) }), ['circumstances']],
  'create: first name too long': ['createReferral', 'officer', () => create({ victim: victim({ firstName: long(101) }) }), ['victim.firstName']],
  'create: phone in a wrong format': ['createReferral', 'officer', () => create({ victim: contact({ phone: 'ring me' }) }), ['victim.safeContact.phone']],
  'create: e-mail in a wrong format': ['createReferral', 'officer', () => create({ victim: contact({ email: 'jo.example.com' }) }), ['victim.safeContact.email']],
  'create: e-mail too long': ['createReferral', 'officer', () => create({ victim: contact({ email: `${long(250)}@example.com` }) }), ['victim.safeContact.email']],
  'create: safe times too long': ['createReferral', 'officer', () => create({ victim: contact({ safeTimes: long(201) }) }), ['victim.safeContact.safeTimes']],
  'create: postcode in a wrong format': ['createReferral', 'officer', () => create({ victim: victim({ postcode: 'NOT A CODE' }) }), ['victim.postcode']],
  'create: reported in the future': ['createReferral', 'officer', () => create({ reportedAt: day(1).toISOString() }), ['reportedAt']],
  'create: born in the future': ['createReferral', 'officer', () => create({ victim: victim({ dateOfBirth: isoDay(30) }) }), ['victim.dateOfBirth']],
  'create: date of birth not a real date': ['createReferral', 'officer', () => create({ victim: victim({ dateOfBirth: '1990-02-30' }) })],
  'create: reported date not a date': ['createReferral', 'officer', () => create({ reportedAt: 'last Tuesday' })],
  'create: unknown relationship': ['createReferral', 'officer', () => create({ suspectRelationship: 'NEMESIS' })],
  'create: unknown offence': ['createReferral', 'officer', () => create({ offenceClassifications: ['LOITERING'] })],
  'create: no offence': ['createReferral', 'officer', () => create({ offenceClassifications: [] }), ['offenceClassifications']],
  'create: idempotency key too short': ['createReferral', 'officer', () => create({ idempotencyKey: 'short' }), ['idempotencyKey']],
  'update: id not a UUID': ['updateReferral', 'officer', () => ({ referralId: 'EAS-2026-000001', expectedVersion: 1 }), ['referralId']],
  'update: version 0': ['updateReferral', 'officer', () => change(() => draft, { expectedVersion: 0 }), ['expectedVersion']],
  'update: version not a number': ['updateReferral', 'officer', () => change(() => draft, { expectedVersion: 'latest' })],
  'update: crime reference blank': ['updateReferral', 'officer', () => change(() => draft, { crimeReference: '' }), ['crimeReference']],
  'update: phone in a wrong format': ['updateReferral', 'officer', () => change(() => draft, { victim: contact({ phone: '12' }) }), ['victim.safeContact.phone']],
  'update: reported in the future': ['updateReferral', 'officer', () => change(() => draft, { reportedAt: day(2).toISOString() }), ['reportedAt']],
  'update: an indicator twice': ['updateReferral', 'officer', () => change(() => draft, { fourIndicators: ['FIXATED', 'FIXATED'] }), ['fourIndicators']],
  'consent: details missing': [
    'recordConsent',
    'officer',
    () => change(() => draft, { given: true, victimAwareOfReferral: true }),
    ['givenBy', 'givenAt', 'method', 'whatVictimWasTold', 'namedServiceId', 'purposes'],
  ],
  'consent: given in the future': ['recordConsent', 'officer', () => consentGiven({ givenAt: day(1).toISOString() }), ['givenAt']],
  'consent: service id not a UUID': ['recordConsent', 'officer', () => consentGiven({ namedServiceId: 'Service' }), ['namedServiceId']],
  'consent: service that does not exist': ['recordConsent', 'officer', () => consentGiven({ namedServiceId: randomUUID() }), ['namedServiceId']],
  'consent: unknown method': ['recordConsent', 'officer', () => consentGiven({ method: 'TELEPATHY' })],
  'consent: none, and no reasons': [
    'recordConsent',
    'officer',
    () => change(() => draft, { given: false, victimAwareOfReferral: false }),
    ['withoutConsent.reason', 'withoutConsent.safeguardingBasis'],
  ],
  'consent: reason too long': [
    'recordConsent',
    'officer',
    () => change(() => draft, { given: false, victimAwareOfReferral: false, withoutConsent: { reason: long(2001), safeguardingBasis: 'Risk' } }),
    ['withoutConsent.reason'],
  ],
  'withdraw consent: no reason': ['withdrawConsent', 'officer', () => change(() => allocated, { reason: '  ' }), ['reason']],
  'withdraw consent: reason too long': ['withdrawConsent', 'officer', () => change(() => allocated, { reason: long(2001) }), ['reason']],
  'authorise: note too long': ['authoriseWithoutConsent', 'supervisor', () => change(() => draft, { note: long(2001) }), ['note']],
  'refuse: no reason': ['refuseWithoutConsent', 'supervisor', () => change(() => draft, { reason: '' }), ['reason']],
  'screening: a question unanswered': ['recordRiskScreening', 'officer', () => screening({ answers: allAnswers().slice(1) }), ['answers.VERY_FRIGHTENED']],
  'screening: a question twice, another not at all': [
    'recordRiskScreening',
    'officer',
    () => screening({ answers: [...allAnswers().slice(0, 10), allAnswers()[9]] }),
    ['answers', 'answers.CRIMINAL_HISTORY'],
  ],
  'screening: note too long': ['recordRiskScreening', 'officer', () => screening({ answers: [{ ...allAnswers()[0], note: long(2001) }, ...allAnswers().slice(1)] }), ['answers.0.note']],
  'screening: DASH ticks out of range': ['recordRiskScreening', 'officer', () => screening({ dashTickCount: 99 }), ['dashTickCount']],
  'screening: assessment in the future': [
    'recordRiskScreening',
    'officer',
    () => screening({ specialistAssessment: { instrument: 'SASH', completedBy: 'Dr A', completedOn: isoDay(3), result: 'High' } }),
    ['specialistAssessment.completedOn'],
  ],
  'screening: unknown risk level': ['recordRiskScreening', 'officer', () => screening({ riskLevel: 'EXTREME' })],
  'order: no rationale': ['recordProtectiveOrder', 'officer', () => order({ rationale: null }), ['rationale']],
  'order: granted without a date': ['recordProtectiveOrder', 'officer', () => order({ decision: 'INTERIM_GRANTED' }), ['interimMadeOn']],
  'order: made in the future': ['recordProtectiveOrder', 'officer', () => order({ decision: 'INTERIM_GRANTED', interimMadeOn: isoDay(5) }), ['interimMadeOn']],
  'order: expires before it was made': [
    'recordProtectiveOrder',
    'officer',
    () => order({ decision: 'FULL_GRANTED', fullMadeOn: isoDay(-10), expiresOn: isoDay(-20) }),
    ['expiresOn'],
  ],
  'order: not a date': ['recordProtectiveOrder', 'officer', () => order({ decision: 'INTERIM_GRANTED', interimMadeOn: '2026-13-01' })],
  'breach: in the future': ['recordOrderBreach', 'officer', () => change(() => allocated, { occurredOn: isoDay(2), description: 'Came' }), ['occurredOn']],
  'breach: no description': ['recordOrderBreach', 'officer', () => change(() => allocated, { occurredOn: isoDay(0), description: '' }), ['description']],
  'submit: service id not a UUID': ['submitReferral', 'officer', () => change(() => draft, { partnerServiceId: 'x' }), ['partnerServiceId']],
  'submit: service that does not exist': ['submitReferral', 'officer', () => change(() => draft, { partnerServiceId: randomUUID() }), ['partnerServiceId']],
  'withdraw: reason too long': ['withdrawReferral', 'officer', () => change(() => allocated, { reason: long(2001) }), ['reason']],
  'accept: id not a UUID': ['acceptReferral', 'manager', () => ({ referralId: '1 OR 1=1', expectedVersion: 1 }), ['referralId']],
  'accept: negative version': ['acceptReferral', 'manager', () => change(() => submitted, { expectedVersion: -1 }), ['expectedVersion']],
  'decline: other reason without a note': ['declineReferral', 'manager', () => change(() => submitted, { reason: 'OTHER' }), ['note']],
  'decline: unknown reason': ['declineReferral', 'manager', () => change(() => submitted, { reason: 'BORED' })],
  "allocate: another service's advocate": ['allocateReferral', 'manager', () => change(() => allocated, { advocateId: f.tenancy.users.otherAdvocate.id }), ['advocateId']],
  'allocate: the advocate it already has': ['allocateReferral', 'manager', () => change(() => allocated, { advocateId: f.tenancy.users.advocate.id }), ['advocateId']],
  'allocate: id not a UUID': ['allocateReferral', 'manager', () => change(() => allocated, { advocateId: 'advocate' }), ['advocateId']],
  'contact: in the future': ['recordContactAttempt', 'advocate', () => change(() => allocated, { outcome: 'NO_ANSWER', attemptedAt: day(1).toISOString() }), ['attemptedAt']],
  'contact: before it was sent': ['recordContactAttempt', 'advocate', () => change(() => allocated, { outcome: 'NO_ANSWER', attemptedAt: day(-400).toISOString() }), ['attemptedAt']],
  'contact: note too long': ['recordContactAttempt', 'advocate', () => change(() => allocated, { outcome: 'NO_ANSWER', note: long(2001) }), ['note']],
  'contact: unknown outcome': ['recordContactAttempt', 'advocate', () => change(() => allocated, { outcome: 'MAYBE' })],
  'update: risk change without a level': ['postSafeguardingUpdate', 'advocate', () => update({ kind: 'RISK_CHANGE' }), ['newRiskLevel']],
  'update: no text': ['postSafeguardingUpdate', 'advocate', () => update({ text: ' ' }), ['text']],
  'update: text too long': ['postSafeguardingUpdate', 'advocate', () => update({ text: long(5001) }), ['text']],
  'update: idempotency key too short': ['postSafeguardingUpdate', 'advocate', () => update({ idempotencyKey: 'k' }), ['idempotencyKey']],
  'update: unknown kind': ['postSafeguardingUpdate', 'advocate', () => update({ kind: 'GOSSIP' })],
  'update: urgency missing': ['postSafeguardingUpdate', 'advocate', () => without(update({}), 'needsPoliceAction')],
  'acknowledge: id not a UUID': ['acknowledgeSafeguardingUpdate', 'officer', () => ({ updateId: 'latest' }), ['updateId']],
  'close: no reason': ['closeReferral', 'advocate', () => change(() => allocated, { outcome: 'OTHER', reason: '' }), ['reason']],
  'close: unknown outcome': ['closeReferral', 'advocate', () => change(() => allocated, { outcome: 'DONE', reason: 'Done' })],
  'issue link: id not a UUID': ['issueVictimLink', 'officer', () => ({ referralId: 'x' }), ['referralId']],
  'revoke link: id not a UUID': ['revokeVictimLink', 'officer', () => ({ referralId: 'x' }), ['referralId']],
  'open link: token too long': ['openVictimLink', 'anonymous', () => ({ token: long(101), accessCode: '123456' }), ['token']],
  'open link: code too long': ['openVictimLink', 'anonymous', () => ({ token: long(43), accessCode: '1'.repeat(21) }), ['accessCode']],
  'sign in: e-mail too long': ['signIn', 'anonymous', () => ({ email: `${long(250)}@example.test`, password: 'x' }), ['email']],
  'sign in: no password': ['signIn', 'anonymous', () => ({ email: f.tenancy.users.officer.email })],
};

describe('bad input on every mutation', () => {
  it.each(Object.entries(CASES))('%s: BAD_USER_INPUT naming the field, nothing written', async (_name, [mutation, who, input, fields]) => {
    const client = who === 'anonymous' ? f.anonymous() : f.as[who];
    const before = await tenancySnapshot(db, f.tenancy);
    const result = await client.request(DOCUMENTS[mutation], { input: input() });
    expect((result.data as Record<string, unknown> | null | undefined)?.[mutation] ?? null).toBeNull();
    const error = result.errors?.[0];
    expect(error?.extensions?.code, JSON.stringify(result.errors)).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/\w/);
    if (fields) expect([...new Set((error!.extensions!.fields as { field: string }[]).map((p) => p.field))].sort()).toEqual([...fields].sort());
    expect(await tenancySnapshot(db, f.tenancy)).toEqual(before);
  });
});

describe('bad input on queries', () => {
  it.each([
    ['referral id not a UUID', `{ referral(id: "abc") { id } }`, 'id'],
    ['search too long', `{ referrals(filter: { search: "${long(101)}" }) { totalCount } }`, 'search'],
    ['a made-up cursor', `{ referrals(after: "b2Zmc2V0Oi0x") { totalCount } }`, 'after'],
    ['a page of none', `{ referrals(first: 0) { totalCount } }`, 'first'],
  ])('%s: BAD_USER_INPUT naming the field', async (_name, query, field) => {
    const error = await f.as.officer.fails(query);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields.map((p: { field: string }) => p.field)).toEqual([field]);
  });
});

describe('sending an incomplete referral', () => {
  it('lists every missing detail field by field, and the referral stays a draft', async () => {
    const { officer } = f.as;
    const bare = await createDraft(officer, f.tenancy, { victim: { firstName: 'Sam', lastName: 'Tester', area: f.tenancy.area } });
    const error = await officer.fails(mutations.submitReferral, { input: change(() => bare, { partnerServiceId: f.tenancy.service.id }) });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields.map((p: { field: string }) => p.field).sort()).toEqual(
      ['screening', 'stalkingProtectionOrder', 'victim.safeContact.phone', 'victim.safeContact.preferredMethod', 'victim.safeContact.safeTimes'].sort(),
    );
    const phoneOnly = await step(officer, 'updateReferral', change(() => bare, { victim: victim({ safeContact: { phone: '07700 900456', preferredMethod: 'PHONE_CALL', safeTimes: 'Evenings' } }) }));
    const again = await officer.fails(mutations.submitReferral, { input: change(() => phoneOnly, { partnerServiceId: f.tenancy.service.id }) });
    expect(again.extensions.fields.map((p: { field: string }) => p.field).sort()).toEqual(['screening', 'stalkingProtectionOrder', 'victim.safeContact.voicemailSafe']);
    const stored = (await officer.ok(queries.referral, { id: bare.id })).referral!;
    expect({ status: stored.status, version: stored.version }).toEqual({ status: 'DRAFT', version: phoneOnly.version });
  });

  it('refuses a service that does not cover the area, or one the victim did not agree to', async () => {
    const { officer } = f.as;
    const ready = await readyDraft(officer, f.tenancy);
    const elsewhere = await officer.fails(mutations.submitReferral, { input: change(() => ready, { partnerServiceId: f.tenancy.otherService.id }) });
    expect(elsewhere.code).toBe('BAD_USER_INPUT');
    expect(elsewhere.extensions.fields).toEqual([{ field: 'partnerServiceId', message: textContaining('does not cover') }]);
    const unagreed = await officer.fails(mutations.submitReferral, { input: change(() => ready, { partnerServiceId: f.tenancy.secondService.id }) });
    expect(unagreed.code).toBe('CONSENT_REQUIRED');
    const stored = (await officer.ok(queries.referral, { id: ready.id })).referral!;
    expect({ status: stored.status, version: stored.version, partnerService: stored.partnerService }).toEqual({
      status: 'DRAFT',
      version: ready.version,
      partnerService: null,
    });
  });
});

describe('free text that looks like markup', () => {
  it('is stored and returned exactly as typed, everywhere', async () => {
    const { officer, manager, advocate } = f.as;
    const odd = `${SCRIPT} "quotes" & 'apostrophes' </textarea>`;
    let r = await createDraft(officer, f.tenancy, {
      circumstances: odd,
      victim: victim({ firstName: SCRIPT, accessibilityNeeds: odd, safeContact: { phone: '07700 900123', voicemailSafe: true, safeTimes: odd, preferredMethod: 'PHONE_CALL', safeToSpeakTo: odd } }),
    });
    r = await step(officer, 'recordRiskScreening', change(() => r, { answers: [{ ...allAnswers()[0], note: odd }, ...allAnswers().slice(1)], riskLevel: 'HIGH', riskRationale: odd }));
    r = await step(officer, 'recordConsent', consentGiven({ referralId: r.id, expectedVersion: r.version, whatVictimWasTold: odd, givenBy: SCRIPT }));
    r = await orderConsidered(officer, r);
    r = await step(officer, 'submitReferral', change(() => r, { partnerServiceId: f.tenancy.service.id }));
    r = await step(manager, 'acceptReferral', change(() => r));
    r = await step(manager, 'allocateReferral', change(() => r, { advocateId: f.tenancy.users.advocate.id }));
    r = await step(advocate, 'recordContactAttempt', change(() => r, { outcome: 'CONTACTED', note: odd }));
    await advocate.ok(mutations.postSafeguardingUpdate, { input: { ...change(() => r), idempotencyKey: randomUUID(), kind: 'SUPPORT_PLAN_NOTE', text: odd, needsPoliceAction: false, visibleToVictim: true } });

    const read = (
      await officer.ok(
        graphql(`query FreeTextEverywhere($id: ID!) { referral(id: $id) { circumstances
          victim { firstName accessibilityNeeds safeContact { safeTimes safeToSpeakTo } }
          screening { riskRationale answers { note } } consent { givenBy whatVictimWasTold }
          contactAttempts { note } safeguardingUpdates { text } } }`),
        { id: r.id },
      )
    ).referral!;
    expect(read).toEqual({
      circumstances: odd,
      victim: { firstName: SCRIPT, accessibilityNeeds: odd, safeContact: { safeTimes: odd, safeToSpeakTo: odd } },
      screening: { riskRationale: odd, answers: [{ note: odd }, ...allAnswers().slice(1).map(() => ({ note: null }))] },
      consent: { givenBy: SCRIPT, whatVictimWasTold: odd },
      contactAttempts: [{ note: odd }],
      safeguardingUpdates: [{ text: odd }],
    });
  });
});
