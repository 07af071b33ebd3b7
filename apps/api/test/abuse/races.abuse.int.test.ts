import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useFixture } from '../session-fixture.js';
import { useOwnerDb, addUser } from '../owner-db.js';
import { GraphQLClient, TEST_PASSWORD, type GraphQLResult } from '../graphql-client.js';
import { referralSnapshot } from '../db-snapshot.js';
import { referralIn } from '../referral-states.js';
import { draftInput, mutations, signIn } from '../referral-steps.js';

const f = useFixture();
const db = useOwnerDb(f);

const outcome = (result: GraphQLResult) => (result.errors ? String(result.errors[0]?.extensions?.code) : 'ok');
const count = (codes: string[], code: string) => codes.filter((c) => c === code).length;
const ref = (r: { id: string; version: number }) => ({ referralId: r.id, expectedVersion: r.version });

describe('checks that are also acts, fired twenty at a time', () => {
  it('records one acknowledgement and one timeline entry when twenty acknowledge an urgent update at once', async () => {
    const referral = await referralIn(f, 'ACCEPTED');
    const before = await referralSnapshot(db, referral.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? f.as.officer : f.as.officer2).request(mutations.acknowledgeSafeguardingUpdate, { input: { updateId: referral.updateId } }),
      ),
    );
    expect(results.map(outcome)).toEqual(Array<string>(20).fill('ok'));
    expect(new Set(results.map((r) => r.data!.acknowledgeSafeguardingUpdate.acknowledgedAt)).size).toBe(1);
    expect(new Set(results.map((r) => r.data!.acknowledgeSafeguardingUpdate.acknowledgedBy!.id)).size).toBe(1);
    const after = await referralSnapshot(db, referral.id);
    expect(after).toEqual({ ...before, acknowledged: before.acknowledged + 1, events: before.events + 1 });
    expect(await db.count(`SELECT count(*) FROM referral_events WHERE referral_id = $1 AND kind = 'UPDATE_ACKNOWLEDGED'`, [referral.id])).toBe(1);
  });

  it('allocates a referral to one advocate only when twenty allocations race with the same version', async () => {
    const referral = await referralIn(f, 'ACCEPTED');
    const before = await referralSnapshot(db, referral.id);
    const advocates = [f.tenancy.users.advocate.id, f.tenancy.users.advocate2.id];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => f.as.manager.request(mutations.allocateReferral, { input: { ...ref(referral), advocateId: advocates[i % 2] } })),
    );
    const codes = results.map(outcome);
    // The losers are refused for the version, or (once the winner committed) as allocating the same advocate again.
    expect(count(codes, 'ok')).toBe(1);
    expect(codes.filter((c) => c !== 'ok').every((c) => c === 'CONFLICT' || c === 'BAD_USER_INPUT'), codes.join()).toBe(true);
    const winner = results.find((r) => !r.errors)!.data!.allocateReferral.allocatedAdvocate!.id;
    const after = await referralSnapshot(db, referral.id);
    expect(after).toMatchObject({ status: 'ALLOCATED', advocate_id: winner, version: before.version + 1, events: before.events + 1 });
  });

  it('lets only one of twenty racing accept and decline decisions through', async () => {
    const referral = await referralIn(f, 'SUBMITTED');
    const before = await referralSnapshot(db, referral.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? f.as.manager.request(mutations.acceptReferral, { input: ref(referral) })
          : f.as.manager.request(mutations.declineReferral, { input: { ...ref(referral), reason: 'CAPACITY' } }),
      ),
    );
    const codes = results.map(outcome);
    expect(count(codes, 'ok')).toBe(1);
    expect(codes.filter((c) => c !== 'ok').every((c) => c === 'CONFLICT' || c === 'INVALID_TRANSITION'), codes.join()).toBe(true);
    const after = await referralSnapshot(db, referral.id);
    expect(['ACCEPTED', 'DECLINED']).toContain(after.status);
    expect(after).toMatchObject({ version: before.version + 1, events: before.events + 1 });
  });

  it('applies one of twenty versioned changes made with the same version and refuses the rest as conflicts', async () => {
    const referral = await referralIn(f, 'ALLOCATED');
    const before = await referralSnapshot(db, referral.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        f.as.advocate.request(mutations.recordContactAttempt, { input: { ...ref(referral), outcome: 'CONTACTED', note: `Attempt ${i}` } }),
      ),
    );
    const codes = results.map(outcome);
    expect({ ok: count(codes, 'ok'), conflict: count(codes, 'CONFLICT') }).toEqual({ ok: 1, conflict: 19 });
    const after = await referralSnapshot(db, referral.id);
    expect(after).toMatchObject({ version: before.version + 1, contact_attempts: before.contact_attempts + 1, events: before.events + 1 });
  });
});

describe('idempotency keys under twenty retries at once', () => {
  it('makes one referral from twenty racing creates with one key', async () => {
    const input = draftInput(f.tenancy);
    const results = await Promise.all(Array.from({ length: 20 }, () => f.as.officer.request(mutations.createReferral, { input })));
    expect(results.map(outcome)).toEqual(Array<string>(20).fill('ok'));
    expect(new Set(results.map((r) => r.data!.createReferral.id)).size).toBe(1);
    expect(await db.count(`SELECT count(*) FROM referrals WHERE crime_reference = $1`, [input.crimeReference.toUpperCase()])).toBe(1);
    expect(await db.count(`SELECT count(*) FROM idempotency_records WHERE key = $1`, [input.idempotencyKey])).toBe(1);
  });

  it('posts one safeguarding update from twenty racing posts with one key', async () => {
    const referral = await referralIn(f, 'ALLOCATED');
    const before = await referralSnapshot(db, referral.id);
    const input = { ...ref(referral), idempotencyKey: randomUUID(), kind: 'SUPPORT_PLAN_NOTE', text: 'Victim moved to a refuge.', needsPoliceAction: false, visibleToVictim: false };
    const results = await Promise.all(Array.from({ length: 20 }, () => f.as.advocate.request(mutations.postSafeguardingUpdate, { input })));
    expect(results.map(outcome)).toEqual(Array<string>(20).fill('ok'));
    expect(new Set(results.map((r) => r.data!.postSafeguardingUpdate.id)).size).toBe(1);
    const after = await referralSnapshot(db, referral.id);
    expect(after).toMatchObject({ updates: before.updates + 1, version: before.version + 1 });
  });
});

describe('rate limits under concurrent attempts', () => {
  it('lets exactly ten of forty simultaneous wrong sign-ins to one account be checked', async () => {
    const user = await addUser(db, f.tenancy.force.id, 'OFFICER', 'race');
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        new GraphQLClient(f.api.url, { address: `10.251.${i}.7` }).request(signIn, { input: { email: user.email, password: `wrong-${i}` } }),
      ),
    );
    const codes = results.map(outcome);
    expect({ checked: count(codes, 'UNAUTHENTICATED'), limited: count(codes, 'RATE_LIMITED') }).toEqual({ checked: 10, limited: 30 });
    expect(await db.count(`SELECT count(*) FROM audit_events WHERE action = 'SIGN_IN' AND entity_id = $1 AND outcome = 'DENIED'`, [user.id])).toBe(10);
    // The right password now is refused too: the limit holds, and nobody is signed in.
    const late = new GraphQLClient(f.api.url, { address: '10.251.99.7' });
    expect(outcome(await late.request(signIn, { input: { email: user.email, password: TEST_PASSWORD } }))).toBe('RATE_LIMITED');
    expect(late.hasSession).toBe(false);
  });
});
