import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { VICTIM_LINK_MAX_ATTEMPTS } from '@lantern/schema/limits';
import { useFixture } from '../../../test/session-fixture.js';
import { useOwnerDb } from '../../../test/owner-db.js';
import { GraphQLClient } from '../../../test/graphql-client.js';
import { referralIn, type BuiltReferral } from '../../../test/referral-states.js';
import { allAnswers, createDraft, mutations, orderConsidered, queries, signOut, step } from '../../../test/referral-steps.js';
import { graphql } from '../../../test/gql/gql.js';
import { textContaining } from '../../../test/matchers.js';

const f = useFixture();
const db = useOwnerDb(f);

const STATUS = graphql(`query FullVictimStatus { victimStatus { stage headline explanation whatHappensNext serviceName servicePhone serviceEmail
  advocateFirstName contactBy lastUpdatedAt updates { postedAt text } } }`);
const OPEN = graphql(`mutation OpenLink($input: OpenVictimLinkInput!) { openVictimLink(input: $input) { stage headline updates { text } } }`);
const LINK_SUMMARY = graphql(`query LinkSummary($id: ID!) { referral(id: $id) { victimLink { state failedAttempts } } }`);
const CASE_DETAILS = graphql(`query CaseDetails($id: ID!) { referral(id: $id) { reference crimeReference circumstances officerInCase { name } victim { lastName safeContact { phone notSafeToSpeakTo } } } }`);

interface Issued {
  url: string;
  accessCode: string;
  token: string;
}

async function issue(referral: { id: string }): Promise<Issued> {
  const link = (await f.as.officer.ok(mutations.issueVictimLink, { input: { referralId: referral.id } })).issueVictimLink;
  return { ...link, token: new URL(link.url).hash.replace(/^#t=/, '') };
}

const open = (client: GraphQLClient, token: string, accessCode: string) => client.request(OPEN, { input: { token, accessCode } });
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
const notFoundMessage = async (token: string, code = '123456') => {
  const result = await open(f.anonymous(), token, code);
  expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  return result.errors![0].message;
};

describe('issuing a link', () => {
  it('returns the token only in the fragment and a 6-digit code, once; only their hashes are stored', async () => {
    const referral = await referralIn(f, 'ALLOCATED');
    const link = await issue(referral);
    const url = new URL(link.url);
    expect(`${url.origin}${url.pathname}`).toBe('http://localhost:5174/status.html');
    expect(url.search).toBe('');
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.accessCode).toMatch(/^\d{6}$/);
    expect(link.url).not.toContain(referral.id);
    expect(link.url).not.toContain(referral.reference);

    const rows = await db.query(`SELECT * FROM victim_links WHERE referral_id = $1 AND revoked_at IS NULL`, [referral.id]);
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row.token_hash).toBe(createHash('sha256').update(link.token).digest('hex'));
    expect(row.access_code_hash).toMatch(/^\$argon2id\$/);
    expect(row.access_code_hash).not.toContain(link.accessCode);
    expect(JSON.stringify(row)).not.toContain(link.token);
    for (const [table, column] of [['referral_events', 'summary'], ['audit_events', 'detail::text'], ['sessions', 'sess::text']]) {
      const leaks = await db.count(`SELECT count(*) FROM ${table} WHERE ${column} LIKE $1 OR ${column} LIKE $2`, [`%${link.token}%`, `%${link.accessCode}%`]);
      expect({ table, leaks }).toEqual({ table, leaks: 0 });
    }
    // Nobody can see the code again: the officer's view of the link has no secrets.
    const summary = (await f.as.officer.ok(LINK_SUMMARY, { id: referral.id })).referral!;
    expect(summary.victimLink).toEqual({ state: 'ACTIVE', failedAttempts: 0 });
  });

  it('is refused without the victim\'s consent, and nothing is stored', async () => {
    const { officer, supervisor } = f.as;
    let referral = await createDraft(officer, f.tenancy);
    referral = await step(officer, 'recordRiskScreening', { referralId: referral.id, expectedVersion: referral.version, answers: allAnswers(), riskLevel: 'HIGH' });
    referral = await step(officer, 'recordConsent', {
      referralId: referral.id,
      expectedVersion: referral.version,
      given: false,
      victimAwareOfReferral: false,
      withoutConsent: { reason: 'Not yet asked.', safeguardingBasis: 'Immediate risk.' },
    });
    referral = await step(supervisor, 'authoriseWithoutConsent', { referralId: referral.id, expectedVersion: referral.version });
    referral = await orderConsidered(officer, referral);
    referral = await step(officer, 'submitReferral', { referralId: referral.id, expectedVersion: referral.version, partnerServiceId: f.tenancy.service.id });
    expect(referral.availableActions).not.toContain('ISSUE_VICTIM_LINK');
    const refused = await officer.fails(mutations.issueVictimLink, { input: { referralId: referral.id } });
    expect(refused.code).toBe('INVALID_TRANSITION');
    expect(await db.count(`SELECT count(*) FROM victim_links WHERE referral_id = $1`, [referral.id])).toBe(0);
  });
});

describe('a victim opening the link', () => {
  it('with the right code sees their stage in plain words and only the updates shared with them', async () => {
    const referral = await referralIn(f, 'ALLOCATED');
    const { advocate } = f.as;
    const link = await issue(referral);
    const shared = 'Your first appointment is on Tuesday at a place you chose.';
    const hidden = 'Suspect seen outside her workplace on Monday.';
    await advocate.ok(mutations.postSafeguardingUpdate, {
      input: { referralId: referral.id, expectedVersion: referral.version, idempotencyKey: randomUUID(), kind: 'SUPPORT_PLAN_NOTE', text: shared, needsPoliceAction: false, visibleToVictim: true },
    });
    const now = (await advocate.ok(queries.referral, { id: referral.id })).referral!;
    await advocate.ok(mutations.postSafeguardingUpdate, {
      input: { referralId: referral.id, expectedVersion: now.version, idempotencyKey: randomUUID(), kind: 'NEW_INCIDENT', text: hidden, needsPoliceAction: true, visibleToVictim: false },
    });

    const victim = f.anonymous();
    const opened = (await victim.ok(OPEN, { input: { token: link.token, accessCode: link.accessCode } })).openVictimLink;
    expect(opened).toEqual({ stage: 'ADVOCATE_ALLOCATED', headline: 'Advocate will contact you', updates: [{ text: shared }] });
    const status = (await victim.ok(STATUS)).victimStatus!;
    expect(status).toMatchObject({ stage: 'ADVOCATE_ALLOCATED', serviceName: f.tenancy.service.name, advocateFirstName: 'Advocate', updates: [{ text: shared }] });
    expect(status.whatHappensNext).toMatch(/will contact you by \w+day \d+ \w+, at the times you said are safe/);

    const everything = JSON.stringify(status);
    const full = (await f.as.officer.ok(CASE_DETAILS, { id: referral.id })).referral!;
    for (const secret of [hidden, 'Suspect seen nearby', full.reference, full.crimeReference, full.circumstances, full.officerInCase.name, full.victim.lastName, full.victim.safeContact!.phone, full.victim.safeContact!.notSafeToSpeakTo, referral.id, 'EX_INTIMATE_PARTNER', 'STALKING']) {
      expect(everything).not.toContain(secret);
    }

    // The stage follows the referral.
    await step(advocate, 'recordContactAttempt', { referralId: referral.id, expectedVersion: now.version + 1, outcome: 'CONTACTED' });
    expect((await victim.ok(STATUS)).victimStatus).toMatchObject({ stage: 'IN_CONTACT', headline: 'Advocate is supporting you' });
  });

  it('starts a session that can read its own status and nothing else', async () => {
    const referral = await referralIn(f, 'SUBMITTED');
    const link = await issue(referral);
    const victim = f.anonymous();
    await victim.ok(OPEN, { input: { token: link.token, accessCode: link.accessCode } });
    expect((await victim.ok(STATUS)).victimStatus!.stage).toBe('WITH_SERVICE');
    expect((await victim.fails(queries.referral, { id: referral.id })).code).toBe('UNAUTHENTICATED');
    expect((await victim.fails(queries.referrals)).code).toBe('UNAUTHENTICATED');
    expect((await victim.fails(mutations.issueVictimLink, { input: { referralId: referral.id } })).code).toBe('UNAUTHENTICATED');
    expect(await victim.ok(queries.viewerRole)).toEqual({ viewer: null });
    // Staff have no victim status; signing out ends the victim's session.
    expect(await f.as.officer.ok(STATUS)).toEqual({ victimStatus: null });
    await victim.ok(signOut);
    expect(await victim.ok(STATUS)).toEqual({ victimStatus: null });
  });

  it('locks the link after 5 wrong codes, counting down, and then refuses the right one', async () => {
    const referral = await referralIn(f, 'SUBMITTED');
    const link = await issue(referral);
    const victim = f.anonymous();
    const left: unknown[] = [];
    for (let attempt = 1; attempt < VICTIM_LINK_MAX_ATTEMPTS; attempt++) {
      const error = (await open(victim, link.token, wrong(link.accessCode))).errors![0];
      expect(error.extensions!.code).toBe('BAD_USER_INPUT');
      expect(error.extensions!.fields).toEqual([{ field: 'accessCode', message: textContaining('left') }]);
      left.push(error.extensions!.attemptsLeft);
    }
    expect(left).toEqual([4, 3, 2, 1]);
    expect((await open(victim, link.token, wrong(link.accessCode))).errors![0].extensions!.code).toBe('VICTIM_LINK_LOCKED');
    expect((await open(victim, link.token, link.accessCode)).errors![0].extensions!.code).toBe('VICTIM_LINK_LOCKED');
    expect(await victim.ok(STATUS)).toEqual({ victimStatus: null });
    // Every refused attempt, including the one on the locked link, is on the record.
    const denied = `SELECT count(*) FROM audit_events WHERE entity_id = $1 AND action = 'OPEN_VICTIM_LINK' AND outcome = 'DENIED'`;
    expect(await db.count(denied, [referral.id])).toBe(VICTIM_LINK_MAX_ATTEMPTS + 1);
    const stored = await db.one(`SELECT failed_attempts, locked_at FROM victim_links WHERE referral_id = $1 AND revoked_at IS NULL`, [referral.id]);
    expect(stored.failed_attempts).toBe(VICTIM_LINK_MAX_ATTEMPTS);
    expect(stored.locked_at).toBeInstanceOf(Date);
    const summary = (await f.as.officer.ok(LINK_SUMMARY, { id: referral.id })).referral!;
    expect(summary.victimLink).toEqual({ state: 'LOCKED', failedAttempts: VICTIM_LINK_MAX_ATTEMPTS });
  });
});

describe('ending a link', () => {
  it('revoking kills the link and the victim session already open', async () => {
    const referral = await referralIn(f, 'ALLOCATED');
    const link = await issue(referral);
    const victim = f.anonymous();
    await victim.ok(OPEN, { input: { token: link.token, accessCode: link.accessCode } });
    const revoked = (await f.as.officer.ok(mutations.revokeVictimLink, { input: { referralId: referral.id } })).revokeVictimLink;
    expect(revoked.victimLink!.state).toBe('REVOKED');
    expect(await victim.ok(STATUS)).toEqual({ victimStatus: null });
    expect(victim.hasSession).toBe(false);
    expect((await open(f.anonymous(), link.token, link.accessCode)).errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('a link locked after wrong codes can still be revoked; a revoked or expired one cannot', async () => {
    const { officer } = f.as;
    const actions = async (id: string) => (await officer.ok(queries.referral, { id })).referral!.availableActions;
    const [locked, expired] = await Promise.all([referralIn(f, 'SUBMITTED'), referralIn(f, 'SUBMITTED')]);
    await db.query(`UPDATE victim_links SET locked_at = now() WHERE referral_id = $1`, [locked.id]);
    await db.query(`UPDATE victim_links SET expires_at = now() - interval '1 minute' WHERE referral_id = $1`, [expired.id]);

    expect(await actions(locked.id)).toContain('REVOKE_VICTIM_LINK');
    const revoked = (await officer.ok(mutations.revokeVictimLink, { input: { referralId: locked.id } })).revokeVictimLink;
    expect(revoked.victimLink!.state).toBe('REVOKED');

    for (const referral of [locked, expired]) {
      expect(await actions(referral.id)).not.toContain('REVOKE_VICTIM_LINK');
      const refused = await officer.fails(mutations.revokeVictimLink, { input: { referralId: referral.id } });
      expect({ code: refused.code, message: refused.message }).toEqual({ code: 'INVALID_TRANSITION', message: 'There is no active link to revoke.' });
    }
  });

  it('reissuing kills the old link and its session; the new one works', async () => {
    const referral = await referralIn(f, 'ALLOCATED');
    const old = await issue(referral);
    const victim = f.anonymous();
    await victim.ok(OPEN, { input: { token: old.token, accessCode: old.accessCode } });
    const fresh = await issue(referral);
    expect(fresh.token).not.toBe(old.token);
    expect(await victim.ok(STATUS)).toEqual({ victimStatus: null });
    expect((await open(f.anonymous(), old.token, old.accessCode)).errors![0].extensions!.code).toBe('NOT_FOUND');
    const again = f.anonymous();
    await again.ok(OPEN, { input: { token: fresh.token, accessCode: fresh.accessCode } });
    expect((await again.ok(STATUS)).victimStatus!.stage).toBe('ADVOCATE_ALLOCATED');
  });

  it('refuses guessed tokens identically, then rate-limits the address', async () => {
    const guesser = new GraphQLClient(f.api.url, { address: `10.250.${randomBytes(1)[0]}.${1 + randomBytes(1)[0] % 250}` });
    const answers: string[] = [];
    const ADDRESS_LIMIT = 30; // victim link attempts per address per 15 minutes (common/rate-limits.ts)
    for (let guess = 0; guess <= ADDRESS_LIMIT; guess++) {
      const error = (await open(guesser, randomBytes(32).toString('base64url'), '000000')).errors![0];
      answers.push(`${error.extensions!.code}: ${error.message}`);
    }
    expect(new Set(answers.slice(0, ADDRESS_LIMIT)).size).toBe(1);
    expect(answers[0]).toMatch(/^NOT_FOUND: /);
    expect(answers[ADDRESS_LIMIT]).toMatch(/^RATE_LIMITED: /);
  });

  it('answers an unknown, a malformed, a revoked and an expired token identically', async () => {
    const [revokedOne, expiredOne]: BuiltReferral[] = await Promise.all([referralIn(f, 'SUBMITTED'), referralIn(f, 'SUBMITTED')]);
    const revoked = await issue(revokedOne);
    await f.as.officer.ok(mutations.revokeVictimLink, { input: { referralId: revokedOne.id } });
    const expired = await issue(expiredOne);
    await db.query(`UPDATE victim_links SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`, [
      createHash('sha256').update(expired.token).digest('hex'),
    ]);
    const messages = [
      await notFoundMessage(randomBytes(32).toString('base64url')),
      await notFoundMessage('not-a-token'),
      await notFoundMessage(revoked.token, revoked.accessCode),
      await notFoundMessage(expired.token, expired.accessCode),
    ];
    expect(new Set(messages).size).toBe(1);
  });
});
