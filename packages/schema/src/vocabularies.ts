/** Lists of choices shared by the API (as GraphQL enums) and the apps (as labelled options). */

function labels<const T extends string>(entries: Record<T, string>) {
  return { values: Object.keys(entries) as T[], labels: entries };
}

export const RISK_LEVELS = labels({ STANDARD: 'Standard', MEDIUM: 'Medium', HIGH: 'High' });
export type RiskLevel = (typeof RISK_LEVELS.values)[number];

/** The risk levels in order of seriousness, lowest first: a higher number is a higher risk. */
export const RISK_ORDER: Readonly<Record<RiskLevel, number>> = { STANDARD: 0, MEDIUM: 1, HIGH: 2 };

export const OFFENCE_CLASSIFICATIONS = labels({
  STALKING_S2A: 'Stalking (s2A Protection from Harassment Act 1997)',
  STALKING_FEAR_OF_VIOLENCE_S4A: 'Stalking involving fear of violence or serious alarm or distress (s4A PHA 1997)',
  HARASSMENT_S2: 'Harassment (s2 PHA 1997)',
  HARASSMENT_FEAR_OF_VIOLENCE_S4: 'Harassment putting people in fear of violence (s4 PHA 1997)',
  MALICIOUS_COMMUNICATIONS: 'Malicious communications',
  IMPROPER_USE_OF_COMMUNICATIONS: 'Improper use of a public communications network',
  CRIMINAL_DAMAGE: 'Criminal damage',
  BREACH_OF_ORDER: 'Breach of a protective order',
  CONTROLLING_OR_COERCIVE_BEHAVIOUR: 'Controlling or coercive behaviour',
  THREATS_TO_KILL: 'Threats to kill',
  ASSAULT: 'Assault',
  BURGLARY: 'Burglary',
  SEXUAL_OFFENCE: 'Sexual offence',
  OTHER: 'Other offence',
});
export type OffenceClassification = (typeof OFFENCE_CLASSIFICATIONS.values)[number];

export const SUSPECT_RELATIONSHIPS = labels({
  EX_INTIMATE_PARTNER: 'Ex-intimate partner',
  CURRENT_INTIMATE_PARTNER: 'Current intimate partner',
  FAMILY_MEMBER: 'Family member',
  ACQUAINTANCE: 'Acquaintance or friend',
  WORK_COLLEAGUE: 'Work colleague',
  NEIGHBOUR: 'Neighbour',
  PROFESSIONAL_CONTACT: 'Professional contact (for example a client or patient)',
  STRANGER: 'Stranger',
  ONLINE_OR_UNKNOWN: 'Online only or unknown',
});
export type SuspectRelationship = (typeof SUSPECT_RELATIONSHIPS.values)[number];

export const CONTACT_METHODS = labels({
  PHONE_CALL: 'Phone call',
  TEXT_MESSAGE: 'Text message',
  EMAIL: 'Email',
});
export type ContactMethod = (typeof CONTACT_METHODS.values)[number];

export const CONSENT_METHODS = labels({ VERBAL: 'Verbal', WRITTEN: 'Written' });
export type ConsentMethod = (typeof CONSENT_METHODS.values)[number];

export const CONSENT_PURPOSES = labels({
  SPECIALIST_ADVOCACY: 'Specialist stalking advocacy and support',
  SAFETY_PLANNING: 'Safety planning',
  INFORMATION_SHARING_WITH_POLICE: 'Sharing safeguarding information back to the police',
  COURT_SUPPORT: 'Support through the criminal justice process',
});
export type ConsentPurpose = (typeof CONSENT_PURPOSES.values)[number];

export const SCREENING_ANSWERS = labels({ YES: 'Yes', NO: 'No', UNKNOWN: 'Not known' });
export type ScreeningAnswer = (typeof SCREENING_ANSWERS.values)[number];

export const ORDER_DECISIONS = labels({
  NOT_CONSIDERED: 'Not yet considered',
  NOT_APPROPRIATE: 'Considered, not appropriate',
  APPLICATION_PLANNED: 'Considered, application planned',
  APPLIED_INTERIM: 'Interim order applied for',
  INTERIM_GRANTED: 'Interim order granted',
  APPLIED_FULL: 'Full order applied for',
  FULL_GRANTED: 'Full order granted',
  REFUSED_BY_COURT: 'Refused by the court',
});
export type OrderDecision = (typeof ORDER_DECISIONS.values)[number];

/** Decisions under which a Stalking Protection Order (interim or full) is in force, so a breach can be recorded. */
export const GRANTED_ORDER_DECISIONS: readonly OrderDecision[] = ['INTERIM_GRANTED', 'FULL_GRANTED'];

/** Where a supervisor's authorisation to refer without the victim's consent stands. */
export const AUTHORISATION_STATES = labels({
  REQUESTED: 'Waiting for a supervisor',
  AUTHORISED: 'Authorised',
  REFUSED: 'Refused',
});
export type AuthorisationState = (typeof AUTHORISATION_STATES.values)[number];

/**
 * A victim link's state: usable, locked after too many wrong access codes, revoked by the police, or past its
 * expiry (28 days after it was issued).
 */
export const VICTIM_LINK_STATES = labels({
  ACTIVE: 'Active',
  LOCKED: 'Locked after wrong codes',
  REVOKED: 'Revoked',
  EXPIRED: 'Expired',
});
export type VictimLinkState = (typeof VICTIM_LINK_STATES.values)[number];

export const DECLINE_REASONS = labels({
  OUTSIDE_SERVICE_AREA: 'Victim lives outside our service area',
  NOT_STALKING: 'Does not meet our criteria for stalking support',
  ALREADY_SUPPORTED: 'Victim is already supported by another service',
  CAPACITY: 'We do not have capacity',
  INSUFFICIENT_INFORMATION: 'Not enough information to make contact safely',
  OTHER: 'Other reason',
});
export type DeclineReason = (typeof DECLINE_REASONS.values)[number];

export const CONTACT_ATTEMPT_OUTCOMES = labels({
  NO_ANSWER: 'No answer',
  UNSAFE_TO_TALK: 'Unsafe to talk',
  WRONG_NUMBER: 'Wrong number',
  CONTACTED: 'Contacted',
});
export type ContactAttemptOutcome = (typeof CONTACT_ATTEMPT_OUTCOMES.values)[number];

export const SAFEGUARDING_UPDATE_KINDS = labels({
  CONTACT_MADE: 'Contact made',
  RISK_CHANGE: 'Change in risk',
  NEW_INCIDENT: 'New incident',
  BREACH_OF_ORDER: 'Breach of an order',
  NEEDS_POLICE_ACTION: 'Needs police action',
  SUPPORT_PLAN_NOTE: 'Support plan note',
});
export type SafeguardingUpdateKind = (typeof SAFEGUARDING_UPDATE_KINDS.values)[number];

/** Update kinds that always reach the officer as urgent, whatever the advocate ticks. */
export const ALWAYS_URGENT_KINDS: readonly SafeguardingUpdateKind[] = ['NEW_INCIDENT', 'BREACH_OF_ORDER', 'NEEDS_POLICE_ACTION'];

export const CLOSURE_OUTCOMES = labels({
  ENGAGED_AND_SUPPORTED: 'Engaged and supported',
  DECLINED_SUPPORT: 'Declined support',
  UNABLE_TO_CONTACT: 'Unable to contact',
  MOVED_AREA: 'Moved out of the area',
  REFERRED_ELSEWHERE: 'Referred to another service',
  OTHER: 'Other outcome',
});
export type ClosureOutcome = (typeof CLOSURE_OUTCOMES.values)[number];

export const SERVICES_OFFERED = labels({
  STALKING_ADVOCACY: 'Independent stalking advocacy',
  SAFETY_PLANNING: 'Safety planning',
  COURT_SUPPORT: 'Court and criminal justice support',
  COUNSELLING: 'Counselling and emotional support',
  TARGET_HARDENING: 'Home security (target hardening)',
  DIGITAL_SAFETY: 'Digital and online safety advice',
});
export type ServiceOffered = (typeof SERVICES_OFFERED.values)[number];
