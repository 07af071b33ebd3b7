import { deadline, fixture, noActivityYet, staffMember, staffViewer } from '@lantern/client/testing/fixtures';
import type { StaffViewer } from '@lantern/client/viewer';
import type { CaseReferralFragment, ReferralListQuery } from '../gql/graphql';

const PEOPLE = {
  PARTNER_MANAGER: { id: 'u-manager', name: 'Grace Okafor', firstName: 'Grace', email: 'manager@eastshire-advocacy.test' },
  ADVOCATE: { id: 'u-advocate', name: 'Sam Lee', firstName: 'Sam', email: 'advocate@eastshire-advocacy.test' },
  OFFICER: { id: 'u-officer', name: 'Priya Shah', firstName: 'Priya', email: 'officer@eastshire.police.test' },
};
const POLICE = { id: 'org-police', name: 'Eastshire Police', code: 'EAS', kind: 'POLICE_FORCE' as const, areas: ['Eastshire North'] };
const SERVICE = { id: 'org-esas', name: 'Eastshire Stalking Advocacy Service', code: 'ESAS', kind: 'PARTNER_SERVICE' as const, areas: ['Eastshire North'] };

/** The signed-in person: a service manager, an advocate, or (for the wrong-app page) a police officer. */
export function viewer(role: 'PARTNER_MANAGER' | 'ADVOCATE' | 'OFFICER' = 'PARTNER_MANAGER'): StaffViewer {
  return staffViewer(role, PEOPLE[role], role === 'OFFICER' ? POLICE : SERVICE);
}

const person = staffMember;

/** A referral as the case screens load it, sent by Eastshire Police and waiting for the service. */
export const caseReferral = fixture<CaseReferralFragment>(() => ({
  __typename: 'Referral',
  id: 'ref-1',
  reference: 'EAS-2026-000123',
  status: 'SUBMITTED',
  version: 3,
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  submittedAt: '2026-03-02T09:00:00.000Z',
  crimeReference: 'EA/1234/26',
  reportedAt: '2026-03-01T08:00:00.000Z',
  offenceClassifications: ['STALKING_S2A'],
  fourIndicators: ['FIXATED', 'REPEATED'],
  suspectRelationship: 'EX_INTIMATE_PARTNER',
  // The circumstances name the suspect: the police keep them (the data-sharing policy).
  circumstances: null,
  riskLevel: 'HIGH',
  overdue: false,
  availableActions: ['ACCEPT', 'DECLINE'],
  victim: {
    __typename: 'Victim',
    firstName: 'Chloe',
    lastName: 'Bennett',
    fullName: 'Chloe Bennett',
    dateOfBirth: null,
    area: 'Eastshire North',
    postcode: null,
    language: 'English',
    interpreterNeeded: false,
    accessibilityNeeds: null,
    safeContact: {
      __typename: 'SafeContact',
      phone: '07700 900104',
      email: null,
      voicemailSafe: false,
      preferredMethod: 'PHONE_CALL',
      safeTimes: 'Weekdays 10am to 2pm',
      safeToSpeakTo: 'Her sister',
      notSafeToSpeakTo: 'Anyone answering as her partner',
    },
  },
  consent: {
    __typename: 'ConsentRecord',
    given: true,
    givenBy: 'The victim',
    givenAt: '2026-03-01T08:30:00.000Z',
    method: 'VERBAL',
    takenBy: person('u-officer', 'Priya Shah'),
    whatVictimWasTold: 'A service will call her.',
    namedService: { __typename: 'PartnerService', id: 'svc-esas', name: 'Eastshire Stalking Advocacy Service' },
    purposes: ['SPECIALIST_ADVOCACY'],
    victimAwareOfReferral: true,
    recordedAt: '2026-03-01T08:30:00.000Z',
    withdrawnAt: null,
    withdrawalReason: null,
  },
  noConsentAuthorisation: null,
  screening: null,
  stalkingProtectionOrder: null,
  policeForce: { __typename: 'Organisation', id: 'org-police', name: 'Eastshire Police' },
  officerInCase: { __typename: 'StaffMember', id: 'u-officer', name: 'Priya Shah', email: 'officer@eastshire.police.test' },
  partnerService: { __typename: 'PartnerService', id: 'svc-esas', name: 'Eastshire Stalking Advocacy Service', firstContactTargetWorkingDays: 2 },
  allocatedAdvocate: null,
  deadlines: {
    __typename: 'ReferralDeadlines',
    referralSent: deadline('2026-03-03T17:00:00.000Z', 'MET', '2026-03-02T09:00:00.000Z'),
    acceptance: deadline('2026-03-03T17:00:00.000Z'),
    firstContact: null,
  },
  withheld: [
    withheld('CIRCUMSTANCES', 'The circumstances are kept by the police and not shared with support services.'),
    withheld('SUPERVISOR_NOTE', "The supervisor's note is kept by the police and not shared with support services."),
    withheld('ORDER_DETAILS', "The order's conditions, rationale and breaches are kept by the police and not shared with support services."),
  ],
  ...noActivityYet(),
}));

/** A part of the referral the API says it does not share with the service, with its sentence. */
export function withheld(group: CaseReferralFragment['withheld'][number]['group'], notice: string): CaseReferralFragment['withheld'][number] {
  return { group, notice };
}

/** The same referral after the service accepted it and allocated it to Sam Lee. */
export function allocatedReferral(overrides: Partial<CaseReferralFragment> = {}): CaseReferralFragment {
  const base = caseReferral();
  return caseReferral({
    status: 'ALLOCATED',
    availableActions: ['ALLOCATE', 'RECORD_CONTACT_ATTEMPT', 'POST_SAFEGUARDING_UPDATE', 'CLOSE'],
    allocatedAdvocate: { ...person('u-advocate', 'Sam Lee'), firstName: 'Sam' },
    deadlines: { ...base.deadlines, firstContact: deadline('2026-03-05T17:00:00.000Z') },
    ...overrides,
  });
}

type ListNode = ReferralListQuery['referrals']['edges'][number]['node'];

export const listItem = fixture<ListNode>(() => ({
  __typename: 'Referral',
  id: 'ref-1',
  reference: 'EAS-2026-000123',
  status: 'SUBMITTED',
  riskLevel: 'HIGH',
  overdue: false,
  submittedAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  unacknowledgedUrgentCount: 0,
  victim: { __typename: 'Victim', fullName: 'Chloe Bennett' },
  allocatedAdvocate: null,
  deadlines: {
    __typename: 'ReferralDeadlines',
    acceptance: deadline('2026-03-03T17:00:00.000Z', 'OVERDUE'),
    firstContact: null,
  },
  consent: { __typename: 'ConsentRecord', withdrawnAt: null },
  currentDeadline: {
    __typename: 'CurrentDeadline',
    kind: 'ACCEPTANCE',
    label: 'Service to accept',
    dueAt: '2026-03-03T17:00:00.000Z',
    metAt: null,
    state: 'OVERDUE',
  },
}));

export function listPage(nodes: ListNode[], hasNextPage = false) {
  return {
    referrals: {
      __typename: 'ReferralConnection',
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
      edges: nodes.map((node, i) => ({ __typename: 'ReferralEdge', cursor: `c${i}`, node })),
    },
  };
}
