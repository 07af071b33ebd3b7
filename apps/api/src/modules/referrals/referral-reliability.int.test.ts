import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useFixture } from '../../../test/session-fixture.js';
import { useOwnerDb } from '../../../test/owner-db.js';
import { referralSnapshot } from '../../../test/db-snapshot.js';
import type { GraphQLClient, GraphQLResult } from '../../../test/graphql-client.js';
import { referralIn } from '../../../test/referral-states.js';
import { createDraft, draftInput, mutations, queries, step } from '../../../test/referral-steps.js';
import { graphql } from '../../../test/gql/gql.js';
import { textMatching } from '../../../test/matchers.js';

const f = useFixture();
const VICTIM_NAME = graphql(`query VictimName($id: ID!) { referral(id: $id) { id victim { fullName } } }`);
const db = useOwnerDb(f);

const referralsWithCrimeReference = (crimeReference: string) =>
  db.count(`SELECT count(*) FROM referrals WHERE crime_reference = upper($1)`, [crimeReference]);

/** The outcome of each request: 'ok' or its error code. */
const outcome = (result: GraphQLResult) => (result.errors?.length ? String(result.errors[0].extensions?.code) : 'ok');

function postUpdate(client: GraphQLClient, referral: { id: string; version: number }, extra: Record<string, unknown> = {}) {
  return client.request(mutations.postSafeguardingUpdate, {
    input: {
      referralId: referral.id,
      expectedVersion: referral.version,
      idempotencyKey: randomUUID(),
      kind: 'SUPPORT_PLAN_NOTE',
      text: 'Safety plan agreed.',
      needsPoliceAction: false,
      visibleToVictim: false,
      ...extra,
    },
  });
}

describe('createReferral retried', () => {
  it('returns the same referral after a lost response, and exactly one row exists', async () => {
    const input = draftInput(f.tenancy);
    const first = (await f.as.officer.ok(mutations.createReferral, { input })).createReferral;
    const retry = (await f.as.officer.ok(mutations.createReferral, { input })).createReferral;
    expect({ id: retry.id, reference: retry.reference, version: retry.version }).toEqual({ id: first.id, reference: first.reference, version: 1 });
    expect(await referralsWithCrimeReference(input.crimeReference)).toBe(1);
  });

  it('makes one referral when retries race each other', async () => {
    const input = draftInput(f.tenancy);
    const results = await Promise.all(Array.from({ length: 5 }, () => f.as.officer.request(mutations.createReferral, { input })));
    expect(results.map(outcome)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(new Set(results.map((r) => r.data!.createReferral.id)).size).toBe(1);
    expect(await referralsWithCrimeReference(input.crimeReference)).toBe(1);
    const id = results[0].data!.createReferral.id;
    expect(await db.count(`SELECT count(*) FROM referral_events WHERE referral_id = $1 AND kind = 'CREATED'`, [id])).toBe(1);
  });

  it('refuses the same key with different details, and keeps the original', async () => {
    const input = draftInput(f.tenancy);
    const first = (await f.as.officer.ok(mutations.createReferral, { input })).createReferral;
    const reused = await f.as.officer.fails(mutations.createReferral, { input: { ...input, circumstances: 'Something else entirely.' } });
    expect(reused.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await referralsWithCrimeReference(input.crimeReference)).toBe(1);
    const stored = await db.one(`SELECT circumstances, version FROM referrals WHERE id = $1`, [first.id]);
    expect(stored).toEqual({ circumstances: input.circumstances, version: 1 });
  });

  it('keeps keys per person: another officer using the same key makes their own referral', async () => {
    const input = draftInput(f.tenancy);
    const mine = (await f.as.officer.ok(mutations.createReferral, { input })).createReferral;
    const theirs = (await f.as.officer2.ok(mutations.createReferral, { input })).createReferral;
    expect(theirs.id).not.toBe(mine.id);
  });
});

describe('postSafeguardingUpdate retried', () => {
  it('returns the same update, sequentially or racing, and stores one', async () => {
    const referral = await referralIn(f, 'ALLOCATED');
    const before = await referralSnapshot(db, referral.id);
    const idempotencyKey = randomUUID();
    const first = await postUpdate(f.as.advocate, referral, { idempotencyKey });
    const racing = await Promise.all([1, 2, 3].map(() => postUpdate(f.as.advocate, referral, { idempotencyKey })));
    const all = [first, ...racing];
    expect(all.map(outcome)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(new Set(all.map((r) => r.data!.postSafeguardingUpdate.id)).size).toBe(1);
    const after = await referralSnapshot(db, referral.id);
    expect({ updates: after.updates, version: after.version }).toEqual({ updates: before.updates + 1, version: before.version + 1 });

    const reused = await postUpdate(f.as.advocate, { id: referral.id, version: after.version }, { idempotencyKey, text: 'A different update.' });
    expect(outcome(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await referralSnapshot(db, referral.id)).toEqual(after);
  });
});

describe('two people changing the same referral from the same version', () => {
  it('lets one update win and refuses the other with CONFLICT; nothing is overwritten', async () => {
    const referral = await referralIn(f, 'ALLOCATED');
    const before = await referralSnapshot(db, referral.id);
    const keys = { advocate: randomUUID(), manager: randomUUID() };
    const results = await Promise.all([
      postUpdate(f.as.advocate, referral, { idempotencyKey: keys.advocate, text: 'From the advocate' }),
      postUpdate(f.as.manager, referral, { idempotencyKey: keys.manager, text: 'From the manager' }),
    ]);
    expect(results.map(outcome).sort()).toEqual(['CONFLICT', 'ok']);
    const winner = results[0].errors ? 'manager' : 'advocate';
    const loser = winner === 'advocate' ? 'manager' : 'advocate';
    const texts = await db.query<{ text: string }>(`SELECT text FROM safeguarding_updates WHERE referral_id = $1 AND text LIKE 'From the %'`, [referral.id]);
    expect(texts).toEqual([{ text: `From the ${winner}` }]);
    expect((await referralSnapshot(db, referral.id)).version).toBe(before.version + 1);

    // The loser reloads and tries again with the same key: the refused attempt left no claim on it.
    const fresh = (await f.as[loser].ok(queries.referral, { id: referral.id })).referral!;
    expect(outcome(await postUpdate(f.as[loser], fresh, { idempotencyKey: keys[loser], text: `From the ${loser}` }))).toBe('ok');
  });

  it('keeps the whole of the winning change when a contact attempt races a risk change', async () => {
    // Both changes stay possible whichever lands first, so the loser can only be refused for the version.
    const referral = await referralIn(f, 'ALLOCATED');
    const before = await referralSnapshot(db, referral.id);
    const [contact, riskChange] = await Promise.all([
      f.as.advocate.request(mutations.recordContactAttempt, { input: { referralId: referral.id, expectedVersion: referral.version, outcome: 'CONTACTED' } }),
      postUpdate(f.as.manager, referral, { kind: 'RISK_CHANGE', newRiskLevel: 'HIGH', text: 'New threats reported.' }),
    ]);
    expect([outcome(contact), outcome(riskChange)].sort()).toEqual(['CONFLICT', 'ok']);
    const after = await referralSnapshot(db, referral.id);
    const risk = (await db.one(`SELECT risk_level FROM referrals WHERE id = $1`, [referral.id])).risk_level;
    expect(after.version).toBe(referral.version + 1);
    if (outcome(contact) === 'ok') {
      expect({ ...after, risk }).toMatchObject({ status: 'IN_CONTACT', contact_attempts: 1, updates: before.updates, risk: 'MEDIUM' });
    } else {
      expect({ ...after, risk }).toMatchObject({ status: 'ALLOCATED', contact_attempts: 0, updates: before.updates + 1, risk: 'HIGH' });
    }
  });

  it('refuses a stale edit of a draft, keeping the first officer\'s words', async () => {
    const draft = await createDraft(f.as.officer, f.tenancy);
    await step(f.as.officer, 'updateReferral', { referralId: draft.id, expectedVersion: draft.version, circumstances: 'First edit' });
    const stale = await f.as.officer2.fails(mutations.updateReferral, {
      input: { referralId: draft.id, expectedVersion: draft.version, circumstances: 'Second edit' },
    });
    expect(stale.code).toBe('CONFLICT');
    expect(await db.one(`SELECT circumstances, version FROM referrals WHERE id = $1`, [draft.id])).toEqual({
      circumstances: 'First edit',
      version: draft.version + 1,
    });
  });
});

describe('consent withdrawn while the advocate is in contact', () => {
  it('stops the referral, stops the advocate, and the timeline says why', async () => {
    const { officer, advocate } = f.as;
    const referral = await referralIn(f, 'IN_CONTACT');
    const withdrawn = await step(officer, 'withdrawConsent', {
      referralId: referral.id,
      expectedVersion: referral.version,
      reason: 'She no longer wants the service to contact her.',
    });
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(withdrawn.withdrawal).toEqual({ consentWithdrawn: true, reason: 'She no longer wants the service to contact her.' });
    expect(withdrawn.consent!.withdrawnAt).toBeTruthy();

    const seen = (await advocate.ok(queries.referral, { id: referral.id })).referral!;
    expect(seen.status).toBe('WITHDRAWN');
    expect(seen.availableActions).toEqual([]);
    expect(seen.withdrawal!.consentWithdrawn).toBe(true);
    expect(seen.timeline[0]).toEqual({ kind: 'CONSENT_WITHDRAWN', summary: textMatching(/withdrew consent/i) });

    const before = await referralSnapshot(db, referral.id);
    const attempts = [
      advocate.request(mutations.recordContactAttempt, { input: { referralId: referral.id, expectedVersion: seen.version, outcome: 'CONTACTED' } }),
      postUpdate(advocate, seen),
      advocate.request(mutations.closeReferral, { input: { referralId: referral.id, expectedVersion: seen.version, outcome: 'OTHER', reason: 'x' } }),
    ];
    expect((await Promise.all(attempts)).map(outcome)).toEqual(['INVALID_TRANSITION', 'INVALID_TRANSITION', 'INVALID_TRANSITION']);
    expect(await referralSnapshot(db, referral.id)).toEqual(before);
  });
});

describe('the audit trail', () => {
  const events = (id: string, action: string, actor: string, outcome = 'ALLOWED') =>
    db.count(`SELECT count(*) FROM audit_events WHERE entity_id = $1 AND action = $2 AND actor_id = $3 AND outcome = $4`, [id, action, actor, outcome]);

  it('records every write and every read of the referral, with who, their organisation and the request', async () => {
    const { officer, advocate } = f.as;
    const users = f.tenancy.users;
    const referral = await referralIn(f, 'ALLOCATED');
    expect(await events(referral.id, 'CREATE', users.officer.id)).toBe(1);
    for (const action of ['RECORD_RISK_SCREENING', 'RECORD_CONSENT', 'RECORD_PROTECTIVE_ORDER', 'SUBMIT', 'ISSUE_VICTIM_LINK']) {
      expect(await events(referral.id, action, users.officer.id), action).toBe(1);
    }
    for (const action of ['ACCEPT', 'POST_SAFEGUARDING_UPDATE', 'ALLOCATE']) {
      expect(await events(referral.id, action, users.manager.id), action).toBe(1);
    }

    const reads = await events(referral.id, 'READ', users.advocate.id);
    await advocate.ok(VICTIM_NAME, { id: referral.id });
    expect(await events(referral.id, 'READ', users.advocate.id)).toBe(reads + 1);
    await step(advocate, 'recordContactAttempt', { referralId: referral.id, expectedVersion: referral.version, outcome: 'NO_ANSWER' });
    expect(await events(referral.id, 'RECORD_CONTACT_ATTEMPT', users.advocate.id)).toBe(1);

    await officer.ok(queries.referrals, { filter: { search: referral.crimeReference } });
    const listed = await db.one<{ detail: { ids: string[] } }>(
      `SELECT detail FROM audit_events WHERE action = 'LIST' AND actor_id = $1 ORDER BY id DESC LIMIT 1`,
      [users.officer.id],
    );
    expect(listed.detail.ids).toEqual([referral.id]);

    const rows = await db.query(`SELECT actor_role, organisation_id, request_id, hash FROM audit_events WHERE entity_id = $1`, [referral.id]);
    for (const row of rows) {
      expect(row.actor_role).toMatch(/^(OFFICER|PARTNER_MANAGER|ADVOCATE)$/);
      expect(row.organisation_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.request_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
