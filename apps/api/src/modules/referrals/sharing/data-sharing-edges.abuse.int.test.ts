import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFERRAL_ACTIONS } from '@lantern/schema/referral-actions';
import { useFixture } from '../../../../test/session-fixture.js';
import { useOwnerDb } from '../../../../test/owner-db.js';
import { referralSnapshot, tenancySnapshot } from '../../../../test/db-snapshot.js';
import { actionRequest } from '../../../../test/referral-action-requests.js';
import { awaitingAuthorisation, mutations, orderConsidered, queries, step, WITHOUT_CONSENT } from '../../../../test/referral-steps.js';
import { policeOnlyWords, sharingReferral, type SharingReferral } from '../../../../test/sharing-referrals.js';
import { graphql } from '../../../../test/gql/gql.js';
import type { GraphQLClient } from '../../../../test/graphql-client.js';

const f = useFixture();
const db = useOwnerDb(f);

const SEARCH = graphql(`query SharingSearch($filter: ReferralFilter) { referrals(filter: $filter, first: 100) { totalCount edges { node { id } } } }`);
const LINK = graphql(`query SharingLink($id: ID!) { referral(id: $id) { id victimLink { state } } }`);
const NO_CONSENT = graphql(`query SharingNoConsent($id: ID!) { referral(id: $id) { id noConsentAuthorisation { reason safeguardingBasis decisionNote } } }`);
const DASHBOARD = graphql(`query SharingDashboard { dashboard { totalReferrals breaches } }`);
const DIRECTORY = graphql(`query SharingDirectory($area: String!) { serviceDirectory(area: $area) { id } }`);

const open = (client: GraphQLClient, link: SharingReferral['link']) =>
  client.request(mutations.openVictimLink, { input: { token: link.token, accessCode: link.accessCode } });

const built: Record<string, SharingReferral> = {};

beforeAll(async () => {
  for (const state of ['SUBMITTED', 'DECLINED', 'IN_CONTACT', 'CLOSED', 'WITHDRAWN', 'CONSENT_WITHDRAWN'] as const) {
    built[state] = await sharingReferral(f, state);
  }
}, 180_000);

describe('searching and filtering as a service', () => {
  it("finds no referral by the suspect's name, which only the police-only circumstances hold", async () => {
    const result = await f.as.manager.ok(SEARCH, { filter: { search: policeOnlyWords(f).suspect } });
    expect(result.referrals.totalCount).toBe(0);
    const control = await f.as.manager.ok(SEARCH, { filter: { search: `Test-${f.tenancy.tag}` } });
    expect(control.referrals.edges.map((e) => e.node.id)).toContain(built.SUBMITTED.id);
  });

  it("finds no referral by the victim's safe phone number or an order breach's crime reference", async () => {
    for (const search of ['07700 900123', policeOnlyWords(f).breachCrimeReference]) {
      expect((await f.as.manager.ok(SEARCH, { filter: { search } })).referrals.totalCount).toBe(0);
    }
  });

  it('cannot learn the risk level of a declined referral by filtering on it', async () => {
    const ids = (await f.as.manager.ok(SEARCH, { filter: { riskLevels: ['MEDIUM'] } })).referrals.edges.map((e) => e.node.id);
    expect(ids).not.toContain(built.DECLINED.id);
    expect(ids).toContain(built.SUBMITTED.id);
    const police = (await f.as.officer.ok(SEARCH, { filter: { riskLevels: ['MEDIUM'] } })).referrals.edges.map((e) => e.node.id);
    expect(police).toContain(built.DECLINED.id);
  });
});

describe("the service's dashboard", () => {
  it('counts no order breaches for a service, which only the police may know of, while the police see them counted', async () => {
    const service = (await f.as.manager.ok(DASHBOARD)).dashboard;
    expect(service.totalReferrals).toBeGreaterThan(0);
    expect(service.breaches).toBeNull();
    expect((await f.as.officer.ok(DASHBOARD)).dashboard.breaches).toBeGreaterThan(0);
  });
});

describe('a service sending police-only fields (mass assignment)', () => {
  const attempts: [string, 'manager' | 'advocate', keyof typeof mutations, (r: { id: string; version: number }) => Record<string, unknown>][] = [
    ['an advocate adds the circumstances to a safeguarding update', 'advocate', 'postSafeguardingUpdate', (r) => ({
      referralId: r.id, expectedVersion: r.version, idempotencyKey: randomUUID(), kind: 'SUPPORT_PLAN_NOTE', text: 'Note', needsPoliceAction: false, visibleToVictim: false, circumstances: 'Rewritten',
    })],
    ['an advocate adds order conditions to a contact attempt', 'advocate', 'recordContactAttempt', (r) => ({
      referralId: r.id, expectedVersion: r.version, outcome: 'NO_ANSWER', conditions: 'None any more',
    })],
    ['an advocate rewrites the circumstances through the police-only update', 'advocate', 'updateReferral', (r) => ({
      referralId: r.id, expectedVersion: r.version, circumstances: 'Rewritten by the service',
    })],
    ['an advocate records an order with new conditions', 'advocate', 'recordStalkingProtectionOrder', (r) => ({
      referralId: r.id, expectedVersion: r.version, considered: true, decision: 'FULL_GRANTED', conditions: 'Changed', fullMadeOn: new Date().toISOString().slice(0, 10),
    })],
    ['a manager records an order breach', 'manager', 'recordOrderBreach', (r) => ({
      referralId: r.id, expectedVersion: r.version, occurredOn: new Date().toISOString().slice(0, 10), description: 'Made up',
    })],
    ['a manager reallocates with the suspect relationship changed', 'manager', 'allocateReferral', (r) => ({
      referralId: r.id, expectedVersion: r.version, advocateId: f.tenancy.users.advocate2.id, suspectRelationship: 'STRANGER',
    })],
    ["a manager withdraws the victim's consent", 'manager', 'withdrawConsent', (r) => ({ referralId: r.id, expectedVersion: r.version, reason: 'Made up' })],
  ];

  it.each(attempts)('%s: refused, and nothing changed', async (_what, who, name, input) => {
    const current = (await f.as.officer.ok(queries.referral, { id: built.IN_CONTACT.id })).referral!;
    const before = await referralSnapshot(db, current.id);
    const failure = await f.as[who].fails(mutations[name], { input: input(current) });
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION']).toContain(failure.code);
    expect(await referralSnapshot(db, current.id)).toEqual(before);
    const after = (await f.as.officer.ok(queries.referral, { id: current.id })).referral!;
    expect(after.version).toBe(current.version);
  });
});

describe('a victim session calling staff operations', () => {
  let victim: GraphQLClient;
  beforeAll(async () => {
    victim = f.anonymous();
    const opened = await open(victim, built.IN_CONTACT.link);
    expect(opened.errors).toBeUndefined();
  });

  it('is refused every staff query, as UNAUTHENTICATED, with nothing read', async () => {
    for (const [query, variables] of [
      [queries.referral, { id: built.IN_CONTACT.id }],
      [queries.referrals, {}],
      [DASHBOARD, {}],
      [DIRECTORY, { area: f.tenancy.area }],
    ] as const) {
      const failure = await victim.fails(query, variables);
      expect(failure.code).toBe('UNAUTHENTICATED');
    }
    expect((await victim.ok(queries.victimStatus)).victimStatus?.stage).toBe('IN_CONTACT');
  });

  it.each(REFERRAL_ACTIONS)('is refused %s as UNAUTHENTICATED or NOT_FOUND, and nothing changed', async (action) => {
    const current = (await f.as.officer.ok(queries.referral, { id: built.IN_CONTACT.id })).referral!;
    const before = await tenancySnapshot(db, f.tenancy);
    const request = actionRequest(action, current, f.tenancy);
    const failure = await victim.fails(request.query, request.variables);
    expect(['UNAUTHENTICATED', 'NOT_FOUND']).toContain(failure.code);
    expect(await tenancySnapshot(db, f.tenancy)).toEqual(before);
  });
});

describe("the victim's link once the referral ends", () => {
  it.each(['CLOSED', 'WITHDRAWN', 'CONSENT_WITHDRAWN'])('no longer opens when the referral is %s, and the officer sees it revoked', async (state) => {
    const referral = built[state];
    const before = await referralSnapshot(db, referral.id);
    const result = await open(f.anonymous(), referral.link);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.data?.openVictimLink ?? null).toBeNull();
    expect((await f.as.officer.ok(LINK, { id: referral.id })).referral!.victimLink!.state).toBe('REVOKED');
    const after = await referralSnapshot(db, referral.id);
    expect(after).toEqual(before);
  });

  it('still opens after a decline, where the page tells the victim the officer will talk to them', async () => {
    const result = await open(f.anonymous(), built.DECLINED.link);
    expect(result.errors).toBeUndefined();
    expect(result.data?.openVictimLink.stage).toBe('DECLINED');
  });

  it('ends a victim session already open when the service closes the case', async () => {
    const referral = await sharingReferral(f, 'IN_CONTACT');
    const victim = f.anonymous();
    expect((await open(victim, referral.link)).errors).toBeUndefined();
    const current = (await f.as.advocate.ok(queries.referral, { id: referral.id })).referral!;
    await step(f.as.advocate, 'closeReferral', { referralId: current.id, expectedVersion: current.version, outcome: 'OTHER', reason: 'Moved away.' });
    const status = await victim.request(queries.victimStatus);
    expect(status.data?.victimStatus ?? null).toBeNull();
  });
});

describe('what a victim sees of safeguarding updates', () => {
  it('never shows an incident, a breach or a change in risk, even when the advocate marks it visible to the victim', async () => {
    const referral = await sharingReferral(f, 'IN_CONTACT');
    const post = async (kind: string, text: string, extra: Record<string, unknown> = {}) => {
      const current = (await f.as.advocate.ok(queries.referral, { id: referral.id })).referral!;
      await f.as.advocate.ok(mutations.postSafeguardingUpdate, {
        input: { referralId: current.id, expectedVersion: current.version, idempotencyKey: randomUUID(), kind, text, needsPoliceAction: false, visibleToVictim: true, ...extra },
      });
    };
    await post('NEW_INCIDENT', `The suspect ${policeOnlyWords(f).suspect} came to the door.`);
    await post('RISK_CHANGE', 'Risk has gone up.', { newRiskLevel: 'HIGH' });
    await post('SUPPORT_PLAN_NOTE', 'We will call on Monday.');
    const victim = f.anonymous();
    const opened = await open(victim, referral.link);
    expect(opened.data?.openVictimLink.updates.map((u) => u.text)).toEqual(['We will call on Monday.']);
    expect((await victim.ok(queries.victimStatus)).victimStatus!.updates.map((u) => u.text)).toEqual(['We will call on Monday.']);
  });
});

describe('a referral sent without consent', () => {
  it("shows the service the safeguarding reason but never the supervisor's note, and nothing of it after a decline", async () => {
    const { officer, supervisor, manager } = f.as;
    let r = await awaitingAuthorisation(officer, f.tenancy);
    r = await orderConsidered(officer, r);
    r = await step(supervisor, 'authoriseWithoutConsent', { referralId: r.id, expectedVersion: r.version, note: `Supervisor note ${f.tenancy.tag}` });
    r = await step(officer, 'submitReferral', { referralId: r.id, expectedVersion: r.version, partnerServiceId: f.tenancy.service.id });

    expect((await officer.ok(NO_CONSENT, { id: r.id })).referral!.noConsentAuthorisation!.decisionNote).toBe(`Supervisor note ${f.tenancy.tag}`);
    const shown = (await manager.ok(NO_CONSENT, { id: r.id })).referral!.noConsentAuthorisation;
    expect(shown).toEqual({ ...WITHOUT_CONSENT, decisionNote: null });

    r = await step(manager, 'declineReferral', { referralId: r.id, expectedVersion: r.version, reason: 'CAPACITY' });
    expect((await manager.ok(NO_CONSENT, { id: r.id })).referral!.noConsentAuthorisation).toBeNull();
  });
});
