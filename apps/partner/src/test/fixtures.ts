import type { CaseReferralFragment, ReferralListQuery, ViewerQuery } from '../gql/graphql';

type Viewer = NonNullable<ViewerQuery['viewer']>;

export function viewer(role: 'PARTNER_MANAGER' | 'ADVOCATE' | 'OFFICER' = 'PARTNER_MANAGER'): Viewer {
  const people = {
    PARTNER_MANAGER: { id: 'u-manager', name: 'Grace Okafor', firstName: 'Grace' },
    ADVOCATE: { id: 'u-advocate', name: 'Sam Lee', firstName: 'Sam' },
    OFFICER: { id: 'u-officer', name: 'Priya Shah', firstName: 'Priya' },
  };
  return {
    __typename: 'Viewer',
    role,
    user: { __typename: 'StaffMember', ...people[role] },
    organisation: {
      __typename: 'Organisation',
      id: role === 'OFFICER' ? 'org-police' : 'org-esas',
      name: role === 'OFFICER' ? 'Eastshire Police' : 'Eastshire Stalking Advocacy Service',
      kind: role === 'OFFICER' ? 'POLICE_FORCE' : 'PARTNER_SERVICE',
    },
  } as unknown as Viewer;
}

const person = (id: string, name: string) => ({ __typename: 'StaffMember' as const, id, name });
const deadline = (dueAt: string, state: 'DUE' | 'MET' | 'OVERDUE' | 'MISSED' = 'DUE', metAt: string | null = null) => ({
  __typename: 'Deadline' as const,
  dueAt,
  metAt,
  state,
});

/** A referral as the case screens load it, sent by Eastshire Police and waiting for the service. */
export function caseReferral(overrides: Partial<CaseReferralFragment> = {}): CaseReferralFragment {
  return {
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
    circumstances: 'Repeated messages.',
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
    protectiveOrder: null,
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
    decline: null,
    closure: null,
    withdrawal: null,
    contactAttempts: [],
    safeguardingUpdates: [],
    timeline: [],
    ...overrides,
  } as unknown as CaseReferralFragment;
}

/** The same referral after the service accepted it and allocated it to Sam Lee. */
export function allocatedReferral(overrides: Partial<CaseReferralFragment> = {}): CaseReferralFragment {
  const base = caseReferral();
  return caseReferral({
    status: 'ALLOCATED',
    availableActions: ['ALLOCATE', 'RECORD_CONTACT_ATTEMPT', 'POST_SAFEGUARDING_UPDATE', 'CLOSE'],
    allocatedAdvocate: { __typename: 'StaffMember', id: 'u-advocate', name: 'Sam Lee', firstName: 'Sam' },
    deadlines: { ...base.deadlines, firstContact: deadline('2026-03-05T17:00:00.000Z') },
    ...overrides,
  } as Partial<CaseReferralFragment>);
}

type ListNode = ReferralListQuery['referrals']['edges'][number]['node'];

export function listItem(overrides: Partial<ListNode> = {}): ListNode {
  return {
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
      acceptance: { __typename: 'Deadline', dueAt: '2026-03-03T17:00:00.000Z', metAt: null, state: 'OVERDUE' },
      firstContact: null,
    },
    consent: { __typename: 'ConsentRecord', withdrawnAt: null },
    ...overrides,
  } as unknown as ListNode;
}

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
