import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFERRAL_ACTIONS } from '@lantern/schema/referral-actions';
import { useFixture } from '../../../test/session-fixture.js';
import { useOwnerDb } from '../../../test/owner-db.js';
import { referralSnapshot } from '../../../test/db-snapshot.js';
import { actionRequest } from '../../../test/referral-action-requests.js';
import { referralIn, type BuiltReferral } from '../../../test/referral-states.js';
import { queries, step } from '../../../test/referral-steps.js';
import { graphql } from '../../../test/gql/gql.js';
import type { UserKey } from '../../../test/tenancy.js';

const f = useFixture();
const db = useOwnerDb(f);

/** People who must not know the referral exists: another force, another service, a colleague not allocated. */
const OUTSIDERS: [string, UserKey][] = [
  ['an officer of another force', 'otherOfficer'],
  ["another service's manager", 'otherManager'],
  ["another service's advocate", 'otherAdvocate'],
  ['an advocate of the same service it is not allocated to', 'advocate2'],
];

const DASHBOARD = graphql(`query DashboardTotals { dashboard { totalReferrals overdue } }`);
const LIST = graphql(`query ListForIsolation($filter: ReferralFilter, $first: Int) {
  referrals(filter: $filter, first: $first) { totalCount edges { node { id policeForce { id } } } }
}`);

let referral: BuiltReferral;
let victimLastName: string;

beforeAll(async () => {
  // In contact, allocated to `advocate`, with a victim link and an urgent update: everything there is to see.
  referral = await referralIn(f, 'IN_CONTACT');
  victimLastName = (await f.as.officer.ok(queries.referral, { id: referral.id })).referral!.victim.fullName.split(' ').at(-1)!;
}, 60_000);

describe.each(OUTSIDERS)('%s', (_who, key) => {
  it('reads nothing: the referral answers exactly as one that does not exist, and the attempt is audited as denied', async () => {
    const client = f.as[key];
    const reader = f.tenancy.users[key].id;
    const deniedReads = () =>
      db.count(`SELECT count(*) FROM audit_events WHERE entity_id = $1 AND actor_id = $2 AND action = 'READ' AND outcome = 'DENIED'`, [
        referral.id,
        reader,
      ]);
    const before = await deniedReads();

    const real = await client.request(queries.referral, { id: referral.id });
    const ghost = await client.request(queries.referral, { id: randomUUID() });
    expect(real).toEqual({ data: { referral: null } });
    expect(real).toEqual(ghost);
    expect(await deniedReads()).toBe(before + 1);

    const denied = await db.one(
      `SELECT actor_role, organisation_id, request_id FROM audit_events
       WHERE entity_id = $1 AND actor_id = $2 AND action = 'READ' AND outcome = 'DENIED' ORDER BY id DESC LIMIT 1`,
      [referral.id, reader],
    );
    expect(denied.actor_role).toBeTruthy();
    expect(denied.organisation_id).toBeTruthy();
    expect(denied.request_id).toBeTruthy();
  });

  it('never finds it in a list or a search', async () => {
    const client = f.as[key];
    const everything = (await client.ok(LIST, { first: 100 })).referrals;
    expect(everything.edges.map((e) => e.node.id)).not.toContain(referral.id);
    if (key === 'otherOfficer') {
      expect(everything.edges.every((e) => e.node.policeForce.id === f.tenancy.otherForce.id)).toBe(true);
    }
    for (const search of [referral.crimeReference, referral.crimeReference.toLowerCase(), referral.reference, victimLastName]) {
      const found = (await client.ok(LIST, { filter: { search } })).referrals;
      expect({ search, totalCount: found.totalCount, edges: found.edges }).toEqual({ search, totalCount: 0, edges: [] });
    }
    for (const statuses of [['IN_CONTACT'], ['SUBMITTED', 'ACCEPTED', 'ALLOCATED', 'IN_CONTACT', 'DRAFT']]) {
      const found = (await client.ok(LIST, { filter: { statuses }, first: 100 })).referrals;
      expect(found.edges.map((e) => e.node.id)).not.toContain(referral.id);
    }
    if (key === 'otherOfficer' || key === 'otherManager') {
      // Nothing in this file is ever made in or sent to the other force and service, so their figures are empty.
      expect((await client.ok(DASHBOARD)).dashboard).toEqual({ totalReferrals: 0, overdue: 0 });
    }
  });

  it('changes nothing: every action answers NOT_FOUND, as for a referral that does not exist', async () => {
    const client = f.as[key];
    const before = await referralSnapshot(db, referral.id);
    const current = { id: referral.id, version: before.version, updateId: referral.updateId };
    const ghost = { id: randomUUID(), version: 1, updateId: randomUUID() };
    for (const action of REFERRAL_ACTIONS) {
      const real = actionRequest(action, current, f.tenancy);
      const made = actionRequest(action, ghost, f.tenancy);
      const [onReal, onGhost] = [await client.fails(real.query, real.variables), await client.fails(made.query, made.variables)];
      expect({ action, code: onReal.code }).toEqual({ action, code: 'NOT_FOUND' });
      expect(onReal.message).toBe(onGhost.message);
    }
    expect(await referralSnapshot(db, referral.id)).toEqual(before);
  });
});

describe('the people who may see it', () => {
  it('find it by crime reference, and the search is limited to them', async () => {
    for (const key of ['officer', 'supervisor', 'manager', 'advocate'] as const) {
      const found = (await f.as[key].ok(LIST, { filter: { search: referral.crimeReference } })).referrals;
      expect(found.edges.map((e) => e.node.id), key).toEqual([referral.id]);
    }
  });

  it('lose sight of it when it is reallocated away from them', async () => {
    const { officer, manager, advocate, advocate2 } = f.as;
    const own = await referralIn(f, 'ALLOCATED');
    expect((await advocate.ok(queries.referral, { id: own.id })).referral?.id).toBe(own.id);
    await step(manager, 'allocateReferral', { referralId: own.id, expectedVersion: own.version, advocateId: f.tenancy.users.advocate2.id });
    expect((await advocate.ok(queries.referral, { id: own.id })).referral).toBeNull();
    expect((await advocate2.ok(queries.referral, { id: own.id })).referral?.id).toBe(own.id);
    const caseload = (await advocate.ok(LIST, { filter: { assignedToMe: true }, first: 100 })).referrals;
    expect(caseload.edges.map((e) => e.node.id)).not.toContain(own.id);
    expect((await officer.ok(queries.referral, { id: own.id })).referral!.allocatedAdvocate!.id).toBe(f.tenancy.users.advocate2.id);
  });

  it('do not include a draft for the service it names until it is sent', async () => {
    const draft = await referralIn(f, 'DRAFT');
    expect((await f.as.manager.ok(queries.referral, { id: draft.id })).referral).toBeNull();
    const found = (await f.as.manager.ok(LIST, { filter: { search: draft.crimeReference } })).referrals;
    expect(found.totalCount).toBe(0);
  });
});
