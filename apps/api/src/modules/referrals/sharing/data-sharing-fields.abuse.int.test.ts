import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIENCES, DATA_SHARING_POLICY, FIELD_GROUPS, mayView, type Audience, type FieldGroup, type SharingState } from '@lantern/schema/data-sharing';
import { mayViewNotification, mayViewTimelineEntry } from '@lantern/schema/data-sharing-entries';
import { useFixture } from '../../../../test/session-fixture.js';
import { graphql } from '../../../../test/gql/gql.js';
import type { SharingAllQuery } from '../../../../test/gql/graphql.js';
import { policeOnlyWords, sharingReferral, type SharingReferral } from '../../../../test/sharing-referrals.js';
import type { UserKey } from '../../../../test/tenancy.js';

const f = useFixture();

/** Every field of a referral, grouped as the policy groups them. */
const ALL = graphql(`query SharingAll($id: ID!) {
  referral(id: $id) {
    id reference status crimeReference reportedAt offenceClassifications fourIndicators suspectRelationship circumstances riskLevel
    victim { fullName dateOfBirth area postcode language safeContact { phone email safeTimes notSafeToSpeakTo } }
    screening { yesCount answers { note } }
    consent { givenBy withdrawnAt }
    noConsentAuthorisation { reason decisionNote }
    stalkingProtectionOrder { decision rationale conditions breaches { description crimeReference } }
    protectiveOrder { decision rationale conditions breaches { description crimeReference } }
    contactAttempts { outcome note }
    safeguardingUpdates { text }
    victimLink { state issuedAt }
    notifications { kind }
    submittedAt
    timeline { kind summary at }
    withheld { group notice }
  }
}`);

type Shown = NonNullable<SharingAllQuery['referral']>;

/** The value of each field group in what a viewer was shown; null or empty when hidden. */
const GROUP_VALUES: Record<Exclude<FieldGroup, 'VICTIM_STATUS' | 'POLICE_DRAFTING' | 'NO_CONSENT_BASIS' | 'SUPERVISOR_NOTE'>, (r: Shown) => unknown[]> = {
  REFERRAL_RECORD: (r) => [r.reference, r.status],
  CRIME_REFERENCE: (r) => [r.crimeReference, r.reportedAt],
  VICTIM_NAME: (r) => [r.victim.fullName],
  VICTIM_DETAILS: (r) => [r.victim.area, r.victim.language],
  VICTIM_SAFE_CONTACT: (r) => [r.victim.postcode, r.victim.safeContact],
  OFFENCES: (r) => [r.offenceClassifications, r.fourIndicators],
  SUSPECT_RELATIONSHIP: (r) => [r.suspectRelationship],
  CIRCUMSTANCES: (r) => [r.circumstances],
  RISK: (r) => [r.riskLevel, r.screening],
  CONSENT: (r) => [r.consent],
  ORDER_DECISION: (r) => [r.stalkingProtectionOrder?.decision ?? null, r.protectiveOrder?.decision ?? null],
  ORDER_DETAILS: (r) =>
    [r.stalkingProtectionOrder, r.protectiveOrder].flatMap((o) => [o?.rationale ?? null, o?.conditions ?? null, o?.breaches.length ? o.breaches : null]),
  CASEWORK: (r) => [r.contactAttempts.length ? r.contactAttempts : null, r.safeguardingUpdates.length ? r.safeguardingUpdates : null],
  VICTIM_LINK: (r) => [r.victimLink],
  NOTIFICATIONS: (r) => [r.notifications],
};

const isHidden = (values: unknown[]) => values.every((v) => v === null || (Array.isArray(v) && v.length === 0));

const STATES: SharingState[] = ['SUBMITTED', 'ACCEPTED', 'DECLINED', 'ALLOCATED', 'IN_CONTACT', 'CLOSED', 'WITHDRAWN', 'CONSENT_WITHDRAWN'];

/** Who reads, and their audience in the policy (null: an advocate of the same service not allocated). */
const READERS: [string, UserKey, Audience | null][] = [
  ['the officer in the case', 'officer', 'POLICE'],
  ['a supervisor of the force', 'supervisor', 'POLICE'],
  ["the service's manager", 'manager', 'SERVICE_MANAGER'],
  ['the allocated advocate', 'advocate', 'ADVOCATE'],
  ['another advocate of the same service', 'advocate2', null],
];

const factsOf = (state: SharingState) => ({
  status: state === 'CONSENT_WITHDRAWN' ? ('WITHDRAWN' as const) : state,
  consentWithdrawn: state === 'CONSENT_WITHDRAWN',
});

const built = new Map<SharingState, SharingReferral>();
const policeView = new Map<SharingState, Shown>();

beforeAll(async () => {
  for (const state of STATES) {
    const referral = await sharingReferral(f, state);
    built.set(state, referral);
    policeView.set(state, (await f.as.officer.ok(ALL, { id: referral.id })).referral!);
  }
}, 180_000);

describe.each(STATES)('a referral that is %s', (state) => {
  const facts = factsOf(state);

  it.each(READERS)('shows %s every field group exactly as the policy table says, and nothing else', async (_who, key, audience) => {
    const shown = (await f.as[key].ok(ALL, { id: built.get(state)!.id })).referral;
    if (!audience || !mayView(audience, 'REFERRAL_RECORD', facts)) {
      expect(shown).toBeNull();
      return;
    }
    const police = policeView.get(state)!;
    for (const [group, values] of Object.entries(GROUP_VALUES) as [keyof typeof GROUP_VALUES, (r: Shown) => unknown[]][]) {
      if (group === 'NOTIFICATIONS') continue;
      const cell = `${group} for ${audience} when ${state}`;
      if (mayView(audience, group, facts)) expect(values(shown!), cell).toEqual(values(police));
      else expect(isHidden(values(shown!)), cell).toBe(true);
    }
    const words = Object.values(policeOnlyWords(f));
    const text = JSON.stringify(shown);
    if (audience !== 'POLICE') for (const word of words) expect(text, `police-only words reach ${audience}`).not.toContain(word);
  });
});

describe('what the police see of each referral', () => {
  it.each(STATES)('includes every field group when the referral is %s, so each hidden cell above hides something real', (state) => {
    const police = policeView.get(state)!;
    for (const group of ['CRIME_REFERENCE', 'VICTIM_NAME', 'VICTIM_DETAILS', 'VICTIM_SAFE_CONTACT', 'OFFENCES', 'CIRCUMSTANCES', 'RISK', 'CONSENT', 'ORDER_DETAILS', 'VICTIM_LINK'] as const) {
      expect(isHidden(GROUP_VALUES[group](police)), group).toBe(false);
    }
    expect(police.withheld).toEqual([]);
  });
});

describe.each(STATES)('the timeline and messages of a referral that is %s', (state) => {
  const facts = factsOf(state);

  it.each(READERS.filter(([, , a]) => a && a !== 'POLICE'))('show %s only the entries of groups the policy shares', async (_who, key, audience) => {
    const shown = (await f.as[key].ok(ALL, { id: built.get(state)!.id })).referral;
    if (!shown) {
      expect(mayView(audience!, 'REFERRAL_RECORD', facts)).toBe(false);
      return;
    }
    const police = policeView.get(state)!;
    // Entries made before the referral was sent are the police's drafting history, whatever their kind.
    const whileDrafting = (at: unknown) => police.submittedAt === null || new Date(at as string) < new Date(police.submittedAt);
    expect(shown.timeline).toEqual(police.timeline.filter((e) => mayViewTimelineEntry(audience!, e.kind, facts, whileDrafting(e.at))));
    for (const kind of ['CONSENT_RECORDED', 'SCREENING_RECORDED', 'ORDER_RECORDED', 'AUTHORISATION_REQUESTED', 'AUTHORISATION_REFUSED']) {
      const drafted = police.timeline.filter((e) => e.kind === kind && whileDrafting(e.at));
      for (const entry of drafted) expect(shown.timeline).not.toContainEqual(entry);
    }
    expect(shown.timeline.map((e) => e.kind)).not.toContain('ORDER_BREACH_RECORDED');
    expect(shown.timeline.map((e) => e.kind)).not.toContain('VICTIM_LINK_ISSUED');
    expect(shown.timeline.map((e) => e.kind)).not.toContain('CREATED');
    expect(shown.notifications).toEqual(police.notifications.filter((n) => mayViewNotification(audience!, n.kind, facts)));
  });

  it.each(READERS.filter(([, , a]) => a && a !== 'POLICE'))('tell %s in a plain sentence what is withheld, and why', async (_who, key, audience) => {
    const shown = (await f.as[key].ok(ALL, { id: built.get(state)!.id })).referral;
    if (!shown) {
      expect(mayView(audience!, 'REFERRAL_RECORD', facts)).toBe(false);
      return;
    }
    const hidden = FIELD_GROUPS.filter((g) => g !== 'VICTIM_STATUS' && !mayView(audience!, g, facts));
    expect(shown.withheld.map((w) => w.group)).toEqual(hidden);
    const contact = shown.withheld.find((w) => w.group === 'VICTIM_SAFE_CONTACT');
    if (state === 'CONSENT_WITHDRAWN') {
      expect(contact?.notice).toBe("The victim's contact details are no longer shared with your service because the victim withdrew consent.");
    }
    expect(shown.withheld.find((w) => w.group === 'CIRCUMSTANCES')?.notice).toBe('The circumstances are kept by the police and not shared with support services.');
  });
});

describe('the policy table itself', () => {
  it('gives every audience a rule for every field group', () => {
    for (const group of FIELD_GROUPS) expect(Object.keys(DATA_SHARING_POLICY[group].visibleIn).sort()).toEqual([...AUDIENCES].sort());
  });
});
