import { REFERRAL_STATUSES, type ReferralStatus } from './referral-status.js';
import type { Role } from './roles.js';
import type { SafeguardingUpdateKind } from './vocabularies.js';

/**
 * The data-sharing policy: which audience may see each group of a referral's fields, and how that narrows
 * with the referral's status and the victim's consent. Written once, here, as data; the API enforces it on
 * every field and list (`mayView`), `docs/data-sharing.md` states it in words and a test checks the two agree.
 * Source: issue 8 and PRODUCT.md ("Need-to-know over time", the victim link in step 10).
 */

/** Who is looking. POLICE is an officer or supervisor of the referral's force; ADVOCATE the allocated one. */
export const AUDIENCES = ['POLICE', 'SERVICE_MANAGER', 'ADVOCATE', 'VICTIM'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  POLICE: 'Police (officer or supervisor of the force)',
  SERVICE_MANAGER: 'Service manager (of the service the referral was sent to)',
  ADVOCATE: 'Allocated advocate',
  VICTIM: 'Victim (secure status page)',
};

/**
 * The referral's sharing state: its status, except that a referral whose consent the victim withdrew is
 * CONSENT_WITHDRAWN whatever its status says.
 */
export const SHARING_STATES = [...REFERRAL_STATUSES, 'CONSENT_WITHDRAWN'] as const;
export type SharingState = (typeof SHARING_STATES)[number];

export const SHARING_STATE_LABELS: Record<SharingState, string> = {
  DRAFT: 'Draft (not sent)',
  SUBMITTED: 'Sent to the service',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  ALLOCATED: 'Allocated to an advocate',
  IN_CONTACT: 'In contact',
  CLOSED: 'Closed',
  WITHDRAWN: 'Withdrawn by the police',
  CONSENT_WITHDRAWN: 'Consent withdrawn by the victim',
};

/** The facts of a referral the policy depends on. */
export interface SharingFacts {
  readonly status: ReferralStatus;
  /** True once the victim withdrew consent (the consent record's withdrawal, or a withdrawal for that reason). */
  readonly consentWithdrawn: boolean;
}

/** The sharing state of a referral: CONSENT_WITHDRAWN when consent was withdrawn, otherwise its status. */
export function sharingStateOf(facts: SharingFacts): SharingState {
  return facts.consentWithdrawn ? 'CONSENT_WITHDRAWN' : facts.status;
}

const LIVE = ['SUBMITTED', 'ACCEPTED', 'ALLOCATED', 'IN_CONTACT'] as const satisfies readonly SharingState[];
const ENDED = ['CLOSED', 'WITHDRAWN', 'CONSENT_WITHDRAWN'] as const satisfies readonly SharingState[];
const SENT = [...LIVE, 'DECLINED', ...ENDED] as const satisfies readonly SharingState[];
const ALL = ['DRAFT', ...SENT] as const satisfies readonly SharingState[];
/** An advocate exists only once the referral is allocated. */
const ADVOCATE_LIVE = ['ALLOCATED', 'IN_CONTACT'] as const satisfies readonly SharingState[];
const ADVOCATE_ALL = [...ADVOCATE_LIVE, ...ENDED] as const satisfies readonly SharingState[];
/** The victim's link works while the referral is with the service or was declined (the page says so). */
const VICTIM_LINK_WORKS = [...LIVE, 'DECLINED'] as const satisfies readonly SharingState[];

/** A group of a referral's fields that share one rule. */
export interface FieldGroupRule {
  /** What the group holds, in a data protection officer's words. */
  readonly label: string;
  /** The GraphQL fields of the group, for the documentation. */
  readonly fields: string;
  /** Why the service has it, or why it does not leave the police. */
  readonly why: string;
  /** For each audience, the sharing states in which the group is shown. */
  readonly visibleIn: Readonly<Record<Audience, readonly SharingState[]>>;
}

const policeOnly = { POLICE: ALL, SERVICE_MANAGER: [], ADVOCATE: [], VICTIM: [] } as const;

/** The policy table. Keys are the field groups; every field of a referral belongs to exactly one. */
export const DATA_SHARING_POLICY = {
  REFERRAL_RECORD: {
    label: 'The referral itself: reference, status, dates, deadlines, force, officer, service, advocate, decision, closure and withdrawal',
    fields: 'id, reference, status, version, dates, deadlines, policeForce, officerInCase, partnerService, allocatedAdvocate, decline, closure, withdrawal, availableActions',
    why: 'Each side needs to know where the referral stands and who holds it, including after it ends.',
    visibleIn: { POLICE: ALL, SERVICE_MANAGER: SENT, ADVOCATE: ADVOCATE_ALL, VICTIM: [] },
  },
  CRIME_REFERENCE: {
    label: 'Crime reference and when the crime was reported',
    fields: 'crimeReference, reportedAt',
    why: 'The service quotes it to the police about this victim, including about a decision it made.',
    visibleIn: { POLICE: ALL, SERVICE_MANAGER: SENT, ADVOCATE: ADVOCATE_ALL, VICTIM: [] },
  },
  VICTIM_NAME: {
    label: "The victim's name",
    fields: 'victim.firstName, victim.lastName, victim.fullName',
    why: 'The service must recognise the person if they get in touch, including after a decline.',
    visibleIn: { POLICE: ALL, SERVICE_MANAGER: SENT, ADVOCATE: ADVOCATE_ALL, VICTIM: [] },
  },
  VICTIM_DETAILS: {
    label: "The victim's date of birth, area, language, interpreter and accessibility needs",
    fields: 'victim.dateOfBirth, victim.area, victim.language, victim.interpreterNeeded, victim.accessibilityNeeds',
    why: 'Needed to triage and to support the victim; not needed to show a decline.',
    visibleIn: { POLICE: ALL, SERVICE_MANAGER: [...LIVE, ...ENDED], ADVOCATE: ADVOCATE_ALL, VICTIM: [] },
  },
  VICTIM_SAFE_CONTACT: {
    label: "How and where to reach the victim: safe phone, e-mail, times, who is safe to speak to, postcode",
    fields: 'victim.safeContact (every field), victim.postcode',
    why: 'Needed only to contact the victim while the case is live; never after a decline, closure, withdrawal or withdrawal of consent.',
    visibleIn: { POLICE: ALL, SERVICE_MANAGER: LIVE, ADVOCATE: ADVOCATE_LIVE, VICTIM: [] },
  },
  OFFENCES: {
    label: 'Offence classifications and FOUR indicators',
    fields: 'offenceClassifications, fourIndicators',
    why: 'Needed to triage and to plan support; not needed to show a decline.',
    visibleIn: { POLICE: ALL, SERVICE_MANAGER: [...LIVE, ...ENDED], ADVOCATE: ADVOCATE_ALL, VICTIM: [] },
  },
  SUSPECT_RELATIONSHIP: {
    label: "The kind of relationship to the suspect (for example ex-intimate partner), never who the suspect is",
    fields: 'suspectRelationship',
    why: 'A risk factor the advocate plans safety around; it identifies nobody. Not needed to show a decline.',
    visibleIn: { POLICE: ALL, SERVICE_MANAGER: [...LIVE, ...ENDED], ADVOCATE: ADVOCATE_ALL, VICTIM: [] },
  },
  CIRCUMSTANCES: {
    label: 'The circumstances written by the police (they name the suspect)',
    fields: 'circumstances',
    why: 'Suspect details and police notes never leave the police.',
    visibleIn: policeOnly,
  },
  RISK: {
    label: 'Risk level and the S-DASH screening answers and notes',
    fields: 'riskLevel, screening',
    why: 'The advocate plans safety from the risk the police assessed; not needed to show a decline.',
    visibleIn: { POLICE: ALL, SERVICE_MANAGER: [...LIVE, ...ENDED], ADVOCATE: ADVOCATE_ALL, VICTIM: [] },
  },
  CONSENT: {
    label: "The consent record: who gave it, when, how, what the victim was told, purposes, withdrawal",
    fields: 'consent',
    why: 'The lawful basis the service works on, and its withdrawal; not needed to show a decline.',
    visibleIn: { POLICE: ALL, SERVICE_MANAGER: [...LIVE, ...ENDED], ADVOCATE: ADVOCATE_ALL, VICTIM: [] },
  },
  NO_CONSENT_BASIS: {
    label: 'For a referral without consent: the safeguarding reason and whether a supervisor authorised it',
    fields: 'noConsentAuthorisation (without decisionNote)',
    why: 'The lawful basis the service works on when the victim did not consent; not needed to show a decline.',
    visibleIn: { POLICE: ALL, SERVICE_MANAGER: [...LIVE, ...ENDED], ADVOCATE: ADVOCATE_ALL, VICTIM: [] },
  },
  SUPERVISOR_NOTE: {
    label: "The supervisor's note on their decision to refer without consent",
    fields: 'noConsentAuthorisation.decisionNote',
    why: 'A police-only note.',
    visibleIn: policeOnly,
  },
  ORDER_DECISION: {
    label: 'Whether a Stalking Protection Order was considered, the decision, and the order dates',
    fields: 'stalkingProtectionOrder (considered, decision, interimMadeOn, fullMadeOn, expiresOn, recordedAt)',
    why: 'The advocate plans safety around an order being in force; not needed to show a decline.',
    visibleIn: { POLICE: ALL, SERVICE_MANAGER: [...LIVE, ...ENDED], ADVOCATE: ADVOCATE_ALL, VICTIM: [] },
  },
  ORDER_DETAILS: {
    label: "The order's conditions and rationale, and its breaches with their crime references",
    fields: 'stalkingProtectionOrder.rationale, .conditions, .breaches',
    why: 'Order conditions and breaches describe the suspect; they never leave the police.',
    visibleIn: policeOnly,
  },
  CASEWORK: {
    label: "The service's contact attempts and safeguarding updates",
    fields: 'contactAttempts, safeguardingUpdates, unacknowledgedUrgentCount',
    why: 'The service made them, and the police act on them.',
    visibleIn: { POLICE: ALL, SERVICE_MANAGER: SENT, ADVOCATE: ADVOCATE_ALL, VICTIM: [] },
  },
  POLICE_DRAFTING: {
    label: 'How the police drafted the referral before sending it',
    fields: 'timeline entries made while drafting',
    why: 'The police working file; the service needs the referral as sent.',
    visibleIn: policeOnly,
  },
  VICTIM_LINK: {
    label: "The victim's secure link: its state, when it was issued and opened",
    fields: 'victimLink',
    why: 'The police issue and manage the link; the service has no part in it.',
    visibleIn: policeOnly,
  },
  NOTIFICATIONS: {
    label: 'Messages sent about the referral',
    fields: 'notifications (the service sees only the messages sent to it)',
    why: 'Each side sees the messages sent to it.',
    visibleIn: { POLICE: ALL, SERVICE_MANAGER: SENT, ADVOCATE: ADVOCATE_ALL, VICTIM: [] },
  },
  VICTIM_STATUS: {
    label: 'The plain-words status, the service and its contact route, the advocate\'s first name, updates shared with the victim',
    fields: 'victimStatus',
    why: 'What the victim needs to know where their referral stands; the link stops working once it ends.',
    visibleIn: { POLICE: [], SERVICE_MANAGER: [], ADVOCATE: [], VICTIM: VICTIM_LINK_WORKS },
  },
} as const satisfies Record<string, FieldGroupRule>;

export type FieldGroup = keyof typeof DATA_SHARING_POLICY;
export const FIELD_GROUPS = Object.keys(DATA_SHARING_POLICY) as FieldGroup[];

/** True when `audience` may see `group` of a referral with `facts` (see DATA_SHARING_POLICY). */
export function mayView(audience: Audience, group: FieldGroup, facts: SharingFacts): boolean {
  const states: readonly SharingState[] = DATA_SHARING_POLICY[group].visibleIn[audience];
  return states.includes(sharingStateOf(facts));
}

/** The statuses (ignoring consent) in which `audience` may see `group`, for conditions a list query adds. */
export function statusesShowing(audience: Audience, group: FieldGroup): ReferralStatus[] {
  const states: readonly SharingState[] = DATA_SHARING_POLICY[group].visibleIn[audience];
  return states.filter((s): s is ReferralStatus => s !== 'CONSENT_WITHDRAWN');
}

/** The audience of a signed-in member of staff; null for a role that sees no referral (an administrator). */
export function audienceOfRole(role: Role): Audience | null {
  switch (role) {
    case 'OFFICER':
    case 'SUPERVISOR':
      return 'POLICE';
    case 'PARTNER_MANAGER':
      return 'SERVICE_MANAGER';
    case 'ADVOCATE':
      return 'ADVOCATE';
    default:
      return null;
  }
}

/**
 * The safeguarding update kinds a victim may ever see, whatever the "visible to victim" tick says: never an
 * incident, a breach, a change in risk or a request for police action, which are about the suspect.
 */
export const VICTIM_UPDATE_KINDS: readonly SafeguardingUpdateKind[] = ['CONTACT_MADE', 'SUPPORT_PLAN_NOTE'];

/** True when the victim may see an update of `kind` that the advocate marked visible to them. */
export function victimMaySeeUpdate(kind: SafeguardingUpdateKind, visibleToVictim: boolean): boolean {
  return visibleToVictim && VICTIM_UPDATE_KINDS.includes(kind);
}

/** True while the victim's link may open and its session may read the status page. */
export function victimLinkWorks(facts: SharingFacts): boolean {
  return mayView('VICTIM', 'VICTIM_STATUS', facts);
}
