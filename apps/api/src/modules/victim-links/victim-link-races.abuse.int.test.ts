import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { VICTIM_LINK_MAX_ATTEMPTS } from '@lantern/schema/limits';
import { useFixture } from '../../../test/session-fixture.js';
import { useOwnerDb } from '../../../test/owner-db.js';
import { GraphQLClient, type GraphQLResult } from '../../../test/graphql-client.js';
import { referralSnapshot } from '../../../test/db-snapshot.js';
import { referralIn } from '../../../test/referral-states.js';
import { mutations } from '../../../test/referral-steps.js';

// Each guess comes from its own address, so only the lockout (not the per-address limit) stands in the way.
const f = useFixture();
const db = useOwnerDb(f);

const OPEN = `mutation RaceOpen($input: OpenVictimLinkInput!) { openVictimLink(input: $input) { stage } }`;

interface Issued {
  accessCode: string;
  token: string;
}

async function issue(referralId: string): Promise<Issued> {
  const link = (await f.as.officer.ok(mutations.issueVictimLink, { input: { referralId } })).issueVictimLink;
  return { accessCode: link.accessCode, token: new URL(link.url).hash.replace(/^#t=/, '') };
}

let addressCount = 0;
const freshClient = () => new GraphQLClient(f.api.url, { address: `10.250.${Math.floor(++addressCount / 250)}.${(addressCount % 250) + 1}` });
const open = (token: string, accessCode: string) => freshClient().request(OPEN, { input: { token, accessCode } });
const wrong = (code: string, n = 1) => String((Number(code) + n) % 1_000_000).padStart(6, '0');
const outcome = (result: GraphQLResult) => (result.errors ? String(result.errors[0]?.extensions?.code) : 'ok');

const linkRow = (referralId: string) =>
  db.one<{ failed_attempts: number; locked: boolean; opened: boolean }>(
    `SELECT failed_attempts, locked_at IS NOT NULL AS locked, last_opened_at IS NOT NULL AS opened FROM victim_links WHERE referral_id = $1 AND revoked_at IS NULL`,
    [referralId],
  );
const deniedOpens = (referralId: string) =>
  db.count(`SELECT count(*) FROM audit_events WHERE action = 'OPEN_VICTIM_LINK' AND outcome = 'DENIED' AND entity_id = $1`, [referralId]);

describe('guessing a victim link\'s access code at the same moment', () => {
  it('never tries more than five codes when twenty wrong guesses arrive together, and locks the link', async () => {
    const referral = await referralIn(f, 'ALLOCATED');
    const link = await issue(referral.id);
    const deniedBefore = await deniedOpens(referral.id);

    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => open(link.token, wrong(link.accessCode, i + 1))));

    const codes = results.map(outcome);
    expect(codes.every((code) => code === 'BAD_USER_INPUT' || code === 'VICTIM_LINK_LOCKED'), codes.join()).toBe(true);
    expect(codes.filter((code) => code === 'BAD_USER_INPUT').length).toBeLessThan(VICTIM_LINK_MAX_ATTEMPTS);
    expect(await linkRow(referral.id)).toEqual({ failed_attempts: VICTIM_LINK_MAX_ATTEMPTS, locked: true, opened: false });
    expect(await deniedOpens(referral.id)).toBe(deniedBefore + 20);
  });

  it('never answers a right code raced alongside wrong ones with an internal error, and keeps it locked afterwards', async () => {
    for (let round = 0; round < 3; round += 1) {
      const referral = await referralIn(f, 'ALLOCATED');
      const link = await issue(referral.id);
      const guesses = Array.from({ length: 12 }, (_, i) => (i === 6 ? link.accessCode : wrong(link.accessCode, i + 1)));
      const results = await Promise.all(guesses.map((code) => open(link.token, code)));
      const codes = results.map(outcome);
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      expect(codes.every((code) => ['ok', 'BAD_USER_INPUT', 'VICTIM_LINK_LOCKED'].includes(code)), codes.join()).toBe(true);
      const row = await linkRow(referral.id);
      expect(row.failed_attempts).toBeLessThanOrEqual(VICTIM_LINK_MAX_ATTEMPTS);
      // The right code opened the link only if it was one of the first five tried, and then it counts as no wrong guess.
      if (codes[6] === 'ok') expect(row.opened).toBe(true);
      if (row.locked) {
        // Once locked, the right code is answered exactly as a wrong one, and changes nothing.
        const [right, wrongAgain] = [await open(link.token, link.accessCode), await open(link.token, wrong(link.accessCode, 99))];
        expect(right.errors?.[0]).toEqual(wrongAgain.errors?.[0]);
        expect(outcome(right)).toBe('VICTIM_LINK_LOCKED');
        expect(await linkRow(referral.id)).toEqual(row);
      }
    }
  });

  it('keeps a locked link locked: the right code after five wrong ones opens nothing and counts nothing', async () => {
    const referral = await referralIn(f, 'ALLOCATED');
    const link = await issue(referral.id);
    for (let i = 1; i <= VICTIM_LINK_MAX_ATTEMPTS; i += 1) await open(link.token, wrong(link.accessCode, i));
    const locked = await linkRow(referral.id);
    expect(locked).toEqual({ failed_attempts: VICTIM_LINK_MAX_ATTEMPTS, locked: true, opened: false });

    const results = await Promise.all(Array.from({ length: 10 }, () => open(link.token, link.accessCode)));
    expect(results.map(outcome)).toEqual(Array<string>(10).fill('VICTIM_LINK_LOCKED'));
    expect(results.every((r) => r.data == null)).toBe(true);
    expect(await linkRow(referral.id)).toEqual(locked);
  });

  it('lets the victim in with the right code after fewer than five wrong ones, without using up an attempt', async () => {
    const referral = await referralIn(f, 'ALLOCATED');
    const link = await issue(referral.id);
    await open(link.token, wrong(link.accessCode, 1));
    const results = await Promise.all(Array.from({ length: 3 }, () => open(link.token, link.accessCode)));
    expect(results.map(outcome)).toEqual(['ok', 'ok', 'ok']);
    expect(await linkRow(referral.id)).toEqual({ failed_attempts: 1, locked: false, opened: true });
  });
});

describe('the per-address limit on opening links', () => {
  it('lets exactly thirty of forty simultaneous attempts from one address be checked', async () => {
    const sameAddress = new GraphQLClient(f.api.url, { address: '10.252.17.3' });
    const unknownToken = () => randomBytes(32).toString('base64url');
    const results = await Promise.all(Array.from({ length: 40 }, () => sameAddress.request(OPEN, { input: { token: unknownToken(), accessCode: '123456' } })));
    const codes = results.map(outcome);
    expect({ checked: codes.filter((c) => c === 'NOT_FOUND').length, limited: codes.filter((c) => c === 'RATE_LIMITED').length }).toEqual({ checked: 30, limited: 10 });
  });
});

describe('issuing victim links at the same moment', () => {
  it('leaves exactly one live link when an officer issues ten at once, and only its code opens', async () => {
    const referral = await referralIn(f, 'ALLOCATED');
    const results = await Promise.all(Array.from({ length: 10 }, () => f.as.officer.request(mutations.issueVictimLink, { input: { referralId: referral.id } })));
    expect(results.map(outcome)).toEqual(Array<string>(10).fill('ok'));
    expect(await db.count(`SELECT count(*) FROM victim_links WHERE referral_id = $1 AND revoked_at IS NULL`, [referral.id])).toBe(1);
    const snapshot = await referralSnapshot(db, referral.id);
    expect(snapshot.links - snapshot.revoked_links).toBe(1);

    const links = results.map((r) => ({ accessCode: r.data!.issueVictimLink.accessCode, token: new URL(r.data!.issueVictimLink.url).hash.replace(/^#t=/, '') }));
    const opened = await Promise.all(links.map((link) => open(link.token, link.accessCode)));
    expect(opened.map(outcome).sort()).toEqual([...Array<string>(9).fill('NOT_FOUND'), 'ok']);
  });

  it('never leaves a live link when issue and revoke race', async () => {
    const referral = await referralIn(f, 'ALLOCATED');
    await Promise.all([
      f.as.officer.request(mutations.issueVictimLink, { input: { referralId: referral.id } }),
      f.as.officer2.request(mutations.issueVictimLink, { input: { referralId: referral.id } }),
      f.as.officer.request(mutations.revokeVictimLink, { input: { referralId: referral.id } }),
    ]);
    expect(await db.count(`SELECT count(*) FROM victim_links WHERE referral_id = $1 AND revoked_at IS NULL`, [referral.id])).toBeLessThanOrEqual(1);
  });

  it('is backed by the database: a second unrevoked link for a referral cannot be stored', async () => {
    const referral = await referralIn(f, 'ALLOCATED');
    await issue(referral.id);
    const before = await referralSnapshot(db, referral.id);
    await expect(
      db.query(
        `INSERT INTO victim_links (referral_id, police_force_id, token_hash, access_code_hash, issued_by, issued_at, expires_at, failed_attempts)
         SELECT referral_id, police_force_id, md5(random()::text), access_code_hash, issued_by, now(), expires_at, 0
         FROM victim_links WHERE referral_id = $1 AND revoked_at IS NULL`,
        [referral.id],
      ),
    ).rejects.toThrow(/victim_links_one_unrevoked/);
    expect(await referralSnapshot(db, referral.id)).toEqual(before);
  });
});
