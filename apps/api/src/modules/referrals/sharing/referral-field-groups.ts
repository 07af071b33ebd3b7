import type { FieldGroup } from '@lantern/schema/data-sharing';
import type { NoConsentAuthorisation, Victim } from '../referral-parts.type.js';
import type { StalkingProtectionOrder } from '../stalking-protection-order/stalking-protection-order.type.js';

/**
 * The field group (DATA_SHARING_POLICY) of every field of the GraphQL `Referral` type. A field missing here
 * is hidden from everyone (a test lists the type's fields and fails on one that is missing).
 */
export const REFERRAL_FIELD_GROUPS: Readonly<Partial<Record<string, FieldGroup>>> = {
  id: 'REFERRAL_RECORD',
  reference: 'REFERRAL_RECORD',
  status: 'REFERRAL_RECORD',
  version: 'REFERRAL_RECORD',
  createdAt: 'REFERRAL_RECORD',
  updatedAt: 'REFERRAL_RECORD',
  submittedAt: 'REFERRAL_RECORD',
  policeForce: 'REFERRAL_RECORD',
  officerInCase: 'REFERRAL_RECORD',
  partnerService: 'REFERRAL_RECORD',
  proposedService: 'REFERRAL_RECORD',
  allocatedAdvocate: 'REFERRAL_RECORD',
  deadlines: 'REFERRAL_RECORD',
  currentDeadline: 'REFERRAL_RECORD',
  overdue: 'REFERRAL_RECORD',
  decline: 'REFERRAL_RECORD',
  closure: 'REFERRAL_RECORD',
  withdrawal: 'REFERRAL_RECORD',
  availableActions: 'REFERRAL_RECORD',
  withheld: 'REFERRAL_RECORD',
  crimeReference: 'CRIME_REFERENCE',
  reportedAt: 'CRIME_REFERENCE',
  victim: 'VICTIM_NAME',
  offenceClassifications: 'OFFENCES',
  fourIndicators: 'OFFENCES',
  suspectRelationship: 'SUSPECT_RELATIONSHIP',
  circumstances: 'CIRCUMSTANCES',
  riskLevel: 'RISK',
  screening: 'RISK',
  consent: 'CONSENT',
  noConsentAuthorisation: 'NO_CONSENT_BASIS',
  stalkingProtectionOrder: 'ORDER_DECISION',
  protectiveOrder: 'ORDER_DECISION',
  contactAttempts: 'CASEWORK',
  safeguardingUpdates: 'CASEWORK',
  unacknowledgedUrgentCount: 'CASEWORK',
  submissionBlockers: 'POLICE_DRAFTING',
  timeline: 'REFERRAL_RECORD',
  victimLink: 'VICTIM_LINK',
  notifications: 'NOTIFICATIONS',
};

/** May the viewer see this group of the referral being shown? */
export type GroupCheck = (group: FieldGroup) => boolean;

/** A copy of `value` (same class) with `changes` over it. */
const copy = <T extends object>(value: T, changes: Partial<T>): T =>
  Object.assign(Object.create(Object.getPrototypeOf(value) as object) as T, value, changes);

/** The victim with the details (VICTIM_DETAILS) and the contact details (VICTIM_SAFE_CONTACT) the viewer may not see removed. */
function shareVictim(victim: Victim, may: GroupCheck): Victim {
  const details = may('VICTIM_DETAILS');
  const contact = may('VICTIM_SAFE_CONTACT');
  if (details && contact) return victim;
  return copy(victim, {
    ...(details ? {} : { dateOfBirth: null, area: null, language: null, interpreterNeeded: null, accessibilityNeeds: null }),
    ...(contact ? {} : { postcode: null, safeContact: null }),
  });
}

/** The order without its conditions, rationale and breaches (ORDER_DETAILS) unless the viewer may see them. */
function shareOrder(order: StalkingProtectionOrder, may: GroupCheck): StalkingProtectionOrder {
  return may('ORDER_DETAILS') ? order : copy(order, { rationale: null, conditions: null, breaches: [] });
}

/** The no-consent record without the supervisor's note (SUPERVISOR_NOTE) unless the viewer may see it. */
function shareNoConsent(record: NoConsentAuthorisation, may: GroupCheck): NoConsentAuthorisation {
  return may('SUPERVISOR_NOTE') ? record : copy(record, { decisionNote: null });
}

/** Fields whose value holds parts of more than one group: how to remove the parts the viewer may not see. */
export const NESTED_SHARING: Readonly<Partial<Record<string, (value: never, may: GroupCheck) => unknown>>> = {
  victim: shareVictim,
  stalkingProtectionOrder: shareOrder,
  protectiveOrder: shareOrder,
  noConsentAuthorisation: shareNoConsent,
};
