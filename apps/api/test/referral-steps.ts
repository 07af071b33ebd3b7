import { randomUUID } from 'node:crypto';
import { SDASH_QUESTIONS } from '@lantern/schema/questionnaires';
import type { GraphQLClient } from './graphql-client.js';
import { graphql } from './gql/gql.js';
import type { ReferralFieldsFragment, TypedDocumentString } from './gql/graphql.js';
import type { Tenancy } from './tenancy.js';

/** The fields tests read back after each change. */
export const REFERRAL_FIELDS = graphql(`
  fragment ReferralFields on Referral {
    id reference status version riskLevel overdue availableActions unacknowledgedUrgentCount
    victim { fullName area safeContact { phone preferredMethod voicemailSafe safeTimes } }
    consent { given withdrawnAt namedService { id } }
    noConsentAuthorisation { state }
    partnerService { id name }
    allocatedAdvocate { id firstName }
    deadlines { referralSent { state dueAt } acceptance { state dueAt } firstContact { state dueAt } }
    withdrawal { consentWithdrawn reason }
    decline { reason note }
    closure { outcome reason }
    timeline { kind summary }
  }
`);

/** A referral as the tests read it back (the ReferralFields fragment). */
export type ReferralRef = ReferralFieldsFragment;

export const mutations = {
  createReferral: graphql(`mutation CreateReferral($input: CreateReferralInput!) { createReferral(input: $input) { ...ReferralFields } }`),
  updateReferral: graphql(`mutation UpdateReferral($input: UpdateReferralInput!) { updateReferral(input: $input) { ...ReferralFields } }`),
  recordConsent: graphql(`mutation RecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { ...ReferralFields } }`),
  withdrawConsent: graphql(`mutation WithdrawConsent($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { ...ReferralFields } }`),
  authoriseWithoutConsent: graphql(`mutation AuthoriseWithoutConsent($input: AuthoriseWithoutConsentInput!) { authoriseWithoutConsent(input: $input) { ...ReferralFields } }`),
  refuseWithoutConsent: graphql(`mutation RefuseWithoutConsent($input: RefuseWithoutConsentInput!) { refuseWithoutConsent(input: $input) { ...ReferralFields } }`),
  recordRiskScreening: graphql(`mutation RecordRiskScreening($input: RecordRiskScreeningInput!) { recordRiskScreening(input: $input) { ...ReferralFields screening { yesCount maracReferralIndicated } } }`),
  recordProtectiveOrder: graphql(`mutation RecordProtectiveOrder($input: RecordProtectiveOrderInput!) { recordProtectiveOrder(input: $input) { ...ReferralFields protectiveOrder { decision breaches { id } } } }`),
  recordStalkingProtectionOrder: graphql(`mutation RecordStalkingProtectionOrder($input: RecordProtectiveOrderInput!) { recordStalkingProtectionOrder(input: $input) { ...ReferralFields stalkingProtectionOrder { decision breaches { id } } } }`),
  recordOrderBreach: graphql(`mutation RecordOrderBreach($input: RecordOrderBreachInput!) { recordOrderBreach(input: $input) { ...ReferralFields protectiveOrder { breaches { id description } } } }`),
  submitReferral: graphql(`mutation SubmitReferral($input: SubmitReferralInput!) { submitReferral(input: $input) { ...ReferralFields } }`),
  withdrawReferral: graphql(`mutation WithdrawReferral($input: WithdrawReferralInput!) { withdrawReferral(input: $input) { ...ReferralFields } }`),
  acceptReferral: graphql(`mutation AcceptReferral($input: AcceptReferralInput!) { acceptReferral(input: $input) { ...ReferralFields } }`),
  declineReferral: graphql(`mutation DeclineReferral($input: DeclineReferralInput!) { declineReferral(input: $input) { ...ReferralFields } }`),
  allocateReferral: graphql(`mutation AllocateReferral($input: AllocateReferralInput!) { allocateReferral(input: $input) { ...ReferralFields } }`),
  recordContactAttempt: graphql(`mutation RecordContactAttempt($input: RecordContactAttemptInput!) { recordContactAttempt(input: $input) { ...ReferralFields contactAttempts { outcome } } }`),
  postSafeguardingUpdate: graphql(`mutation PostSafeguardingUpdate($input: PostSafeguardingUpdateInput!) { postSafeguardingUpdate(input: $input) { id urgent kind acknowledgedAt referral { id version } } }`),
  acknowledgeSafeguardingUpdate: graphql(`mutation AcknowledgeSafeguardingUpdate($input: AcknowledgeSafeguardingUpdateInput!) { acknowledgeSafeguardingUpdate(input: $input) { id acknowledgedAt acknowledgedBy { id } } }`),
  closeReferral: graphql(`mutation CloseReferral($input: CloseReferralInput!) { closeReferral(input: $input) { ...ReferralFields } }`),
  issueVictimLink: graphql(`mutation IssueVictimLink($input: IssueVictimLinkInput!) { issueVictimLink(input: $input) { url accessCode expiresAt } }`),
  revokeVictimLink: graphql(`mutation RevokeVictimLink($input: RevokeVictimLinkInput!) { revokeVictimLink(input: $input) { id victimLink { state } } }`),
  openVictimLink: graphql(`mutation OpenVictimLink($input: OpenVictimLinkInput!) { openVictimLink(input: $input) { stage headline serviceName advocateFirstName whatHappensNext updates { text } } }`),
};

export const queries = {
  referral: graphql(`query Referral($id: ID!) { referral(id: $id) { ...ReferralFields safeguardingUpdates { id urgent acknowledgedAt text } contactAttempts { outcome } } }`),
  referrals: graphql(`query Referrals($filter: ReferralFilter, $first: Int, $after: String, $sort: ReferralSort) {
    referrals(filter: $filter, first: $first, after: $after, sort: $sort) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id reference status } }
    }
  }`),
  victimStatus: graphql(`query VictimStatus { victimStatus { stage headline serviceName advocateFirstName updates { text } } }`),
  viewerRole: graphql(`query ViewerRole { viewer { role } }`),
};

export const signOut = graphql(`mutation SignOut { signOut }`);
export const signIn = graphql(`mutation SignIn($input: SignInInput!) { signIn(input: $input) { role } }`);

/** The result of mutation `K`, e.g. the referral that `acceptReferral` returns. */
type MutationResult<K extends keyof typeof mutations> = (typeof mutations)[K] extends TypedDocumentString<infer R, any>
  ? R extends Record<K, infer V> ? V : never
  : never;

/** The mutations that return the changed referral. */
type ReferralStep = {
  [K in keyof typeof mutations]: MutationResult<K> extends ReferralRef ? K : never;
}[keyof typeof mutations];

export function draftInput(tenancy: Tenancy, overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    crimeReference: `CR/${randomUUID().slice(0, 8)}`,
    reportedAt: new Date().toISOString(),
    offenceClassifications: ['STALKING_S2A', 'MALICIOUS_COMMUNICATIONS'],
    fourIndicators: ['FIXATED', 'OBSESSIVE', 'UNWANTED', 'REPEATED'],
    suspectRelationship: 'EX_INTIMATE_PARTNER',
    circumstances: 'Messages every night and waiting outside work.',
    victim: {
      firstName: 'Jo',
      lastName: `Test-${tenancy.tag}`,
      area: tenancy.area,
      safeContact: {
        phone: '07700 900123',
        voicemailSafe: false,
        preferredMethod: 'PHONE_CALL',
        safeTimes: 'Weekdays 9am to 1pm',
        safeToSpeakTo: 'Her mother',
        notSafeToSpeakTo: 'Anyone at the shared house',
      },
    },
    ...overrides,
  };
}

export const allAnswers = (yes = 3) =>
  SDASH_QUESTIONS.map((q, index) => ({ question: q.key, answer: index < yes ? 'YES' : 'NO', note: index === 0 ? 'Very frightened' : null }));

/** A step through the journey that must succeed, returning the changed referral as that mutation reads it. */
export async function step<K extends ReferralStep>(client: GraphQLClient, name: K, input: Record<string, unknown>): Promise<MutationResult<K>> {
  const data = (await client.ok(mutations[name], { input })) as Record<K, MutationResult<K>>;
  return data[name];
}

export async function createDraft(officer: GraphQLClient, tenancy: Tenancy, overrides: Record<string, unknown> = {}) {
  return step(officer, 'createReferral', draftInput(tenancy, overrides));
}

export async function screen(officer: GraphQLClient, referral: ReferralRef, riskLevel = 'MEDIUM') {
  return step(officer, 'recordRiskScreening', {
    referralId: referral.id,
    expectedVersion: referral.version,
    answers: allAnswers(),
    riskLevel,
  });
}

export async function consent(officer: GraphQLClient, referral: ReferralRef, serviceId: string) {
  return step(officer, 'recordConsent', {
    referralId: referral.id,
    expectedVersion: referral.version,
    given: true,
    givenBy: 'The victim',
    givenAt: new Date(Date.now() - 60_000).toISOString(),
    method: 'VERBAL',
    whatVictimWasTold: 'Her details go to the named service, who will call at safe times.',
    namedServiceId: serviceId,
    purposes: ['SPECIALIST_ADVOCACY'],
    victimAwareOfReferral: true,
  });
}

/** The safeguarding reason the tests give for a referral without consent. */
export const WITHOUT_CONSENT = { reason: 'Too frightened to decide today.', safeguardingBasis: 'High risk of serious harm.' };

/**
 * A high-risk draft (8 S-DASH answers yes) whose victim did not consent, with the request to send it anyway
 * (WITHOUT_CONSENT) made by `requestedBy` (by default the officer who drafted it): waiting for a supervisor.
 */
export async function awaitingAuthorisation(officer: GraphQLClient, tenancy: Tenancy, requestedBy: GraphQLClient = officer) {
  const draft = await createDraft(officer, tenancy);
  const screened = await step(officer, 'recordRiskScreening', { referralId: draft.id, expectedVersion: draft.version, answers: allAnswers(8), riskLevel: 'HIGH' });
  return step(requestedBy, 'recordConsent', {
    referralId: screened.id,
    expectedVersion: screened.version,
    given: false,
    victimAwareOfReferral: false,
    withoutConsent: WITHOUT_CONSENT,
  });
}

/** A Stalking Protection Order considered, an application planned: enough to send a referral. */
const ORDER_CONSIDERED = { considered: true, decision: 'APPLICATION_PLANNED', rationale: 'Repeated unwanted contact.' };

/** Records the Stalking Protection Order decision (by default: considered, application planned), which sending needs. */
export async function orderConsidered(officer: GraphQLClient, referral: ReferralRef, order: Record<string, unknown> = ORDER_CONSIDERED) {
  return step(officer, 'recordStalkingProtectionOrder', { referralId: referral.id, expectedVersion: referral.version, ...order });
}

/**
 * A draft with everything needed (screening, consent to `tenancy.service`, the Stalking Protection Order
 * decision `order`), not yet sent.
 */
export async function readyDraft(officer: GraphQLClient, tenancy: Tenancy, riskLevel = 'MEDIUM', order: Record<string, unknown> = ORDER_CONSIDERED) {
  const draft = await createDraft(officer, tenancy);
  return orderConsidered(officer, await consent(officer, await screen(officer, draft, riskLevel), tenancy.service.id), order);
}

export async function submitted(officer: GraphQLClient, tenancy: Tenancy, riskLevel = 'MEDIUM') {
  const ready = await readyDraft(officer, tenancy, riskLevel);
  return step(officer, 'submitReferral', { referralId: ready.id, expectedVersion: ready.version, partnerServiceId: tenancy.service.id });
}

export async function allocated(officer: GraphQLClient, manager: GraphQLClient, tenancy: Tenancy, advocate: 'advocate' | 'advocate2' = 'advocate') {
  const sent = await submitted(officer, tenancy);
  const accepted = await step(manager, 'acceptReferral', { referralId: sent.id, expectedVersion: sent.version });
  return step(manager, 'allocateReferral', {
    referralId: accepted.id,
    expectedVersion: accepted.version,
    advocateId: tenancy.users[advocate].id,
  });
}
