import {
  AUDIENCE_LABELS,
  AUDIENCES,
  DATA_SHARING_POLICY,
  FIELD_GROUPS,
  SHARING_STATE_LABELS,
  SHARING_STATES,
  VICTIM_UPDATE_KINDS,
  type Audience,
  type FieldGroup,
  type SharingState,
} from './data-sharing.js';
import { SERVICE_NOTIFICATION_KINDS, TIMELINE_KIND_GROUPS } from './data-sharing-entries.js';
import { SAFEGUARDING_UPDATE_KINDS } from './vocabularies.js';

const shown = (audience: Audience, group: FieldGroup, state: SharingState) =>
  (DATA_SHARING_POLICY[group].visibleIn[audience] as readonly SharingState[]).includes(state);

/** The states an audience can meet a referral in (the police also see drafts). */
const statesFor = (audience: Audience): SharingState[] => (audience === 'POLICE' ? [...SHARING_STATES] : SHARING_STATES.filter((s) => s !== 'DRAFT'));

function audienceTable(audience: Audience): string {
  const states = statesFor(audience);
  const head = `| What | ${states.map((s) => SHARING_STATE_LABELS[s]).join(' | ')} |`;
  const rule = `|---|${states.map(() => '---').join('|')}|`;
  const rows = FIELD_GROUPS.filter((g) => g !== 'VICTIM_STATUS' || audience === 'VICTIM').map(
    (g) => `| ${DATA_SHARING_POLICY[g].label} | ${states.map((s) => (shown(audience, g, s) ? 'Shown' : 'Not shown')).join(' | ')} |`,
  );
  return [`### ${AUDIENCE_LABELS[audience]}`, '', head, rule, ...rows].join('\n');
}

/** What a service stops seeing when a referral in contact moves to `state`. */
function changesOn(state: SharingState): string {
  const lost = FIELD_GROUPS.filter((g) => shown('ADVOCATE', g, 'IN_CONTACT') && !shown('ADVOCATE', g, state)).map((g) => DATA_SHARING_POLICY[g].label);
  const managerLost = FIELD_GROUPS.filter((g) => shown('SERVICE_MANAGER', g, 'SUBMITTED') && !shown('SERVICE_MANAGER', g, state)).map(
    (g) => DATA_SHARING_POLICY[g].label,
  );
  const list = state === 'DECLINED' ? managerLost : lost;
  const victim = shown('VICTIM', 'VICTIM_STATUS', state) ? "The victim's link keeps working." : "The victim's link stops working and the officer sees it as revoked.";
  return `- **${SHARING_STATE_LABELS[state]}**: the service no longer sees: ${list.map((l) => l.charAt(0).toLowerCase() + l.slice(1)).join('; ')}. ${victim}`;
}

/**
 * `docs/data-sharing.md`, generated from DATA_SHARING_POLICY so that the words a data protection officer
 * signs and the rule the API enforces cannot drift (a test compares the file with this text).
 */
export function dataSharingDocument(): string {
  const groups = FIELD_GROUPS.map((g) => `| ${DATA_SHARING_POLICY[g].label} | ${DATA_SHARING_POLICY[g].fields} | ${DATA_SHARING_POLICY[g].why} |`);
  const kinds = Object.entries(TIMELINE_KIND_GROUPS).map(([kind, group]) => `\`${kind}\` (${DATA_SHARING_POLICY[group!].label.split(':')[0]})`);
  return `<!-- Generated from packages/schema/src/data-sharing.ts by \`npm run sharing:docs -w @lantern/schema\`. Do not edit by hand. -->
# Data-sharing policy

This is who may see what about a stalking victim's referral in Lantern, and how that narrows over time. The
API enforces exactly this table on every field and every list (\`mayView\` in
\`packages/schema/src/data-sharing.ts\`); this page is generated from the same table, and a test fails if they
differ.

## Lawful basis

A referral goes to one named specialist service on one of two bases, recorded separately from each other:

- **Consent**: who gave it, when, how (verbal or written), who took it, what they were told, the **named**
  organisation, the purposes, and whether the victim knows of the referral. Consent can be withdrawn: the
  service is told at once and stops.
- **Without consent**: only with a stated safeguarding reason and a supervisor's authorisation (recorded).

Need to know: an officer or supervisor sees the referrals of their own force; a service sees only referrals
sent to it; an advocate works their own caseload (another advocate of the same service sees nothing of a
referral not allocated to them). Another organisation's record is indistinguishable from one that does not
exist. Within a referral, the tables below apply.

## What each part of a referral holds

| Part | Fields | Why it is shared, or not |
|---|---|---|
${groups.join('\n')}

## Who sees what, by the referral's state

"Consent withdrawn by the victim" applies whatever the referral's status. An advocate exists only once a
referral is allocated; before that, and after a decline, the advocate sees nothing.

${AUDIENCES.map(audienceTable).join('\n\n')}

## What changes when a referral ends

${(['DECLINED', 'CLOSED', 'WITHDRAWN', 'CONSENT_WITHDRAWN'] as const).map(changesOn).join('\n')}

Suspect details and police-only notes (the circumstances, which name the suspect; the supervisor's note; the
order's conditions, rationale and breaches) never leave the police in any state.

## Timelines, messages and the victim's page

- A timeline entry is shown to a viewer only if they may see the part it is about: ${kinds.join(', ')}. An
  entry of any other kind is shown to the police only.
- A service sees only the messages sent to it: ${SERVICE_NOTIFICATION_KINDS.map((k) => `\`${k}\``).join(', ')}.
- The victim sees a safeguarding update only when the advocate marks it visible to them **and** it is one of:
  ${VICTIM_UPDATE_KINDS.map((k) => SAFEGUARDING_UPDATE_KINDS.labels[k].toLowerCase()).join(', ')}. Never a new incident, a breach of an order, a
  change in risk or a request for police action, whatever the mark says.
- Searching and filtering never match on what the viewer may not see: a service cannot find a referral by the
  suspect's name or by a risk level it is not shown.
- Where a value is hidden, the API answers null (or an empty list) exactly as if it were not recorded, and
  lists the hidden parts with a plain sentence in \`Referral.withheld\`, which the service's screens show.
`;
}
