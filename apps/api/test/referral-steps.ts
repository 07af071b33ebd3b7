import { randomUUID } from 'node:crypto';
import { SDASH_QUESTIONS } from '@lantern/schema/questionnaires';
import type { GraphQLClient } from './graphql-client.js';
import type { Tenancy } from './tenancy.js';

/** The fields tests read back after each change. */
export const REFERRAL_FIELDS = `
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
`;

export interface ReferralRef {
  id: string;
  version: number;
  status: string;
  [key: string]: any;
}

export const mutations = {
  createReferral: `mutation($input: CreateReferralInput!) { createReferral(input: $input) { ${REFERRAL_FIELDS} } }`,
  updateReferral: `mutation($input: UpdateReferralInput!) { updateReferral(input: $input) { ${REFERRAL_FIELDS} } }`,
  recordConsent: `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { ${REFERRAL_FIELDS} } }`,
  withdrawConsent: `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { ${REFERRAL_FIELDS} } }`,
  authoriseWithoutConsent: `mutation($input: AuthoriseWithoutConsentInput!) { authoriseWithoutConsent(input: $input) { ${REFERRAL_FIELDS} } }`,
  refuseWithoutConsent: `mutation($input: RefuseWithoutConsentInput!) { refuseWithoutConsent(input: $input) { ${REFERRAL_FIELDS} } }`,
  recordRiskScreening: `mutation($input: RecordRiskScreeningInput!) { recordRiskScreening(input: $input) { ${REFERRAL_FIELDS} screening { yesCount maracReferralIndicated } } }`,
  recordProtectiveOrder: `mutation($input: RecordProtectiveOrderInput!) { recordProtectiveOrder(input: $input) { ${REFERRAL_FIELDS} protectiveOrder { decision breaches { id } } } }`,
  recordOrderBreach: `mutation($input: RecordOrderBreachInput!) { recordOrderBreach(input: $input) { ${REFERRAL_FIELDS} protectiveOrder { breaches { id description } } } }`,
  submitReferral: `mutation($input: SubmitReferralInput!) { submitReferral(input: $input) { ${REFERRAL_FIELDS} } }`,
  withdrawReferral: `mutation($input: WithdrawReferralInput!) { withdrawReferral(input: $input) { ${REFERRAL_FIELDS} } }`,
  acceptReferral: `mutation($input: AcceptReferralInput!) { acceptReferral(input: $input) { ${REFERRAL_FIELDS} } }`,
  declineReferral: `mutation($input: DeclineReferralInput!) { declineReferral(input: $input) { ${REFERRAL_FIELDS} } }`,
  allocateReferral: `mutation($input: AllocateReferralInput!) { allocateReferral(input: $input) { ${REFERRAL_FIELDS} } }`,
  recordContactAttempt: `mutation($input: RecordContactAttemptInput!) { recordContactAttempt(input: $input) { ${REFERRAL_FIELDS} contactAttempts { outcome } } }`,
  postSafeguardingUpdate: `mutation($input: PostSafeguardingUpdateInput!) { postSafeguardingUpdate(input: $input) { id urgent kind acknowledgedAt referral { id version } } }`,
  acknowledgeSafeguardingUpdate: `mutation($input: AcknowledgeSafeguardingUpdateInput!) { acknowledgeSafeguardingUpdate(input: $input) { id acknowledgedAt acknowledgedBy { id } } }`,
  closeReferral: `mutation($input: CloseReferralInput!) { closeReferral(input: $input) { ${REFERRAL_FIELDS} } }`,
  issueVictimLink: `mutation($input: IssueVictimLinkInput!) { issueVictimLink(input: $input) { url accessCode expiresAt } }`,
  revokeVictimLink: `mutation($input: RevokeVictimLinkInput!) { revokeVictimLink(input: $input) { id victimLink { state } } }`,
  openVictimLink: `mutation($input: OpenVictimLinkInput!) { openVictimLink(input: $input) { stage headline serviceName advocateFirstName whatHappensNext updates { text } } }`,
};

export const queries = {
  referral: `query($id: ID!) { referral(id: $id) { ${REFERRAL_FIELDS} safeguardingUpdates { id urgent acknowledgedAt text } contactAttempts { outcome } } }`,
  referrals: `query($filter: ReferralFilter, $first: Int, $after: String, $sort: ReferralSort) {
    referrals(filter: $filter, first: $first, after: $after, sort: $sort) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id reference status } }
    }
  }`,
  victimStatus: `{ victimStatus { stage headline serviceName advocateFirstName updates { text } } }`,
};

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

/** A step through the journey that must succeed, returning the changed referral. */
export async function step(client: GraphQLClient, name: keyof typeof mutations, input: Record<string, unknown>): Promise<ReferralRef> {
  const data = await client.ok<Record<string, ReferralRef>>(mutations[name], { input });
  return data[name]!;
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

/** A draft with everything needed, consented to `tenancy.service`, not yet sent. */
export async function readyDraft(officer: GraphQLClient, tenancy: Tenancy, riskLevel = 'MEDIUM') {
  const draft = await createDraft(officer, tenancy);
  return consent(officer, await screen(officer, draft, riskLevel), tenancy.service.id);
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
