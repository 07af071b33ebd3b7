import { DATA_SHARING_POLICY, sharingStateOf, type Audience, type FieldGroup, type SharingFacts } from './data-sharing.js';

/** What each field group is called in a sentence, with its verb. */
const SUBJECTS: Record<FieldGroup, string> = {
  REFERRAL_RECORD: 'The referral is',
  CRIME_REFERENCE: 'The crime reference is',
  VICTIM_NAME: "The victim's name is",
  VICTIM_DETAILS: "The victim's date of birth, area, language and needs are",
  VICTIM_SAFE_CONTACT: "The victim's contact details are",
  OFFENCES: 'The offences are',
  SUSPECT_RELATIONSHIP: 'The relationship to the suspect is',
  CIRCUMSTANCES: 'The circumstances are',
  RISK: 'The risk level and screening are',
  CONSENT: 'The consent record is',
  NO_CONSENT_BASIS: 'The reason for referring without consent is',
  SUPERVISOR_NOTE: "The supervisor's note is",
  ORDER_DECISION: 'The Stalking Protection Order decision is',
  ORDER_DETAILS: "The order's conditions, rationale and breaches are",
  CASEWORK: 'The casework is',
  POLICE_DRAFTING: 'The drafting history is',
  VICTIM_LINK: "The victim's secure link is",
  NOTIFICATIONS: 'The messages are',
  VICTIM_STATUS: "The victim's status page is",
};

const BECAUSE: Partial<Record<ReturnType<typeof sharingStateOf>, string>> = {
  DECLINED: 'your service declined the referral',
  CLOSED: 'the referral was closed',
  WITHDRAWN: 'the police withdrew the referral',
  CONSENT_WITHDRAWN: 'the victim withdrew consent',
};

/**
 * The plain sentence shown where `group` is hidden from `audience` on a referral with `facts`, e.g. "The
 * victim's contact details are no longer shared with your service because the victim withdrew consent."
 * Groups the police never share say so; the apps show this sentence instead of an empty box.
 */
export function withheldNotice(audience: Audience, group: FieldGroup, facts: SharingFacts): string {
  const subject = SUBJECTS[group];
  const everShared = DATA_SHARING_POLICY[group].visibleIn[audience].length > 0;
  const because = BECAUSE[sharingStateOf(facts)];
  if (!everShared) return `${subject} kept by the police and not shared with support services.`;
  if (because) return `${subject} no longer shared with your service because ${because}.`;
  return `${subject} not shared with your service at this stage.`;
}
