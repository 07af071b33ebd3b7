import { mayView, type Audience, type FieldGroup, type SharingFacts } from './data-sharing.js';

/**
 * Which field group each timeline entry and each notification belongs to, so that a list never shows what
 * the policy hides in a field (DATA_SHARING_POLICY in data-sharing.ts). A kind missing here is shown to the
 * police only.
 */
export const TIMELINE_KIND_GROUPS: Readonly<Partial<Record<string, FieldGroup>>> = {
  CREATED: 'POLICE_DRAFTING',
  CONSENT_RECORDED: 'CONSENT',
  AUTHORISATION_REQUESTED: 'NO_CONSENT_BASIS',
  AUTHORISED_WITHOUT_CONSENT: 'NO_CONSENT_BASIS',
  AUTHORISATION_REFUSED: 'NO_CONSENT_BASIS',
  SCREENING_RECORDED: 'RISK',
  SUBMITTED: 'REFERRAL_RECORD',
  ACCEPTED: 'REFERRAL_RECORD',
  DECLINED: 'REFERRAL_RECORD',
  ALLOCATED: 'REFERRAL_RECORD',
  REALLOCATED: 'REFERRAL_RECORD',
  WITHDRAWN: 'REFERRAL_RECORD',
  CONSENT_WITHDRAWN: 'REFERRAL_RECORD',
  CLOSED: 'REFERRAL_RECORD',
  FIRST_CONTACT: 'CASEWORK',
  CONTACT_ATTEMPT: 'CASEWORK',
  UPDATE: 'CASEWORK',
  URGENT_UPDATE: 'CASEWORK',
  UPDATE_ACKNOWLEDGED: 'CASEWORK',
  ORDER_RECORDED: 'ORDER_DECISION',
  ORDER_BREACH_RECORDED: 'ORDER_DETAILS',
  VICTIM_LINK_ISSUED: 'VICTIM_LINK',
  VICTIM_LINK_REVOKED: 'VICTIM_LINK',
};

/**
 * True when `audience` may see a timeline entry of `kind` on a referral with `facts`. An entry made while the
 * police were still drafting (`madeWhileDrafting`: before the referral was sent) belongs to POLICE_DRAFTING
 * whatever its kind, so a service never learns how the draft got where it is (an earlier refusal of consent, a
 * supervisor's decision, a risk recorded and then changed); the record as sent is in the referral's fields.
 */
export function mayViewTimelineEntry(audience: Audience, kind: string, facts: SharingFacts, madeWhileDrafting = false): boolean {
  const group = madeWhileDrafting && kind !== 'SUBMITTED' ? 'POLICE_DRAFTING' : TIMELINE_KIND_GROUPS[kind];
  if (!group) return audience === 'POLICE';
  return mayView(audience, group, facts);
}

/** The notification kinds a service sees on a referral sent to it: the ones sent to the service. */
export const SERVICE_NOTIFICATION_KINDS: readonly string[] = ['NEW_REFERRAL', 'CONSENT_WITHDRAWN'];

/** True when `audience` may see a notification of `kind` on a referral with `facts`. */
export function mayViewNotification(audience: Audience, kind: string, facts: SharingFacts): boolean {
  if (!mayView(audience, 'NOTIFICATIONS', facts)) return false;
  return audience === 'POLICE' || SERVICE_NOTIFICATION_KINDS.includes(kind);
}
