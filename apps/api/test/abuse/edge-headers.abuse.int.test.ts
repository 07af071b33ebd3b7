import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFixture } from '../session-fixture.js';
import { useOwnerDb } from '../owner-db.js';
import { GraphQLClient } from '../graphql-client.js';
import { referralIn } from '../referral-states.js';
import { mutations } from '../referral-steps.js';
import { rawGraphQL } from '../raw-http.js';
import { startTestApi, type TestApi } from '../test-api.js';
import { Keyring } from '../../src/common/keys/keys.js';

/**
 * Attacks on the HTTP edge: what sign-out and quick exit tell the browser, what GET /graphql and limit errors
 * reveal, and whether a client can pick its own address for per-address limits. Each checks the secure
 * outcome and that nothing changed.
 */
const f = useFixture();
const db = useOwnerDb(f);

/** Staff apps forget cache and storage and expire their own cookie; the victim's quick exit forgets cookies too. */
const STAFF_CLEAR_SITE_DATA = '"cache", "storage"';
const VICTIM_CLEAR_SITE_DATA = '"cache", "cookies", "storage"';
const randomAddress = () => `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${1 + (randomBytes(1)[0] % 250)}`;

describe('ending a session', () => {
  it('answers sign-out with Clear-Site-Data and clears the __Host- cookie with Secure and Path=/', async () => {
    const client = await new GraphQLClient(f.api.url, { address: f.address }).signIn(f.tenancy.users.officer2.email);
    const answer = await rawGraphQL(f.api.url, 'mutation { signOut }', { cookie: client.cookieHeader });
    expect(answer.headers.get('clear-site-data')).toBe(STAFF_CLEAR_SITE_DATA);
    const cleared = answer.setCookies.find((cookie) => cookie.startsWith('__Host-lantern-police=;'));
    expect(cleared).toBeDefined();
    expect(cleared).toMatch(/; Path=\//);
    expect(cleared).toMatch(/; Secure/);
    expect(cleared).toMatch(/; HttpOnly/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await rawGraphQL(f.api.url, '{ viewer { role } }', { cookie: client.cookieHeader })).body?.data?.viewer).toBeNull();
  });

  it("answers the status page's quick exit with Clear-Site-Data and ends the victim session", async () => {
    const referral = await referralIn(f, 'ALLOCATED');
    const link = (await f.as.officer.ok(mutations.issueVictimLink, { input: { referralId: referral.id } })).issueVictimLink;
    const token = new URL(link.url).hash.replace(/^#t=/, '');
    const victim = new GraphQLClient(f.api.url, { address: randomAddress(), app: 'victim' });
    await victim.ok(mutations.openVictimLink, { input: { token, accessCode: link.accessCode } });
    const answer = await rawGraphQL(f.api.url, 'mutation LeaveVictimSession { signOut }', { app: 'victim', cookie: victim.cookieHeader });
    expect(answer.headers.get('clear-site-data')).toBe(VICTIM_CLEAR_SITE_DATA);
    expect(answer.setCookies.some((cookie) => cookie.startsWith('__Host-lantern-victim=;') && cookie.includes('Secure'))).toBe(true);
    expect((await rawGraphQL(f.api.url, '{ victimStatus { stage } }', { app: 'victim', cookie: victim.cookieHeader })).body?.data?.victimStatus).toBeNull();
  });
});

describe('what the API reveals about itself', () => {
  it('serves no landing page on GET /graphql outside development', async () => {
    const asked: Record<string, string>[] = [{ accept: 'text/html' }, { accept: 'text/html', 'apollo-require-preflight': 'true', 'x-lantern-app': 'police' }];
    for (const headers of asked) {
      const response = await fetch(`${f.api.url}/graphql`, { headers });
      const text = await response.text();
      expect([400, 406]).toContain(response.status);
      expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
      expect(text).not.toMatch(/<html|<!doctype|<script|sandbox|embeddable|studio/i);
    }
  });

  it('refuses introspection outside development', async () => {
    const answer = await f.as.officer.request('{ __schema { types { name } } }');
    expect(answer.data ?? null).toBeNull();
    expect(JSON.stringify(answer.errors)).not.toContain('Referral');
  });

  const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`;
  const nested = (levels: number) => `{ referral(id: "${'0'.repeat(8)}-0000-4000-8000-000000000000") { ${'safeguardingUpdates { referral { '.repeat(levels)}id${' } }'.repeat(levels)} } }`;

  it.each([
    ['aliases', aliases],
    ['depth', nested(6)],
  ])('never states the configured %s limit in an error, and runs nothing', async (_limit, query) => {
    const listsBefore = await db.count(`SELECT count(*) FROM audit_events WHERE actor_id = $1`, [f.tenancy.users.officer.id]);
    const answer = await f.as.officer.request(query);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]?.message).toMatch(/The query is too large or too complex\.$/);
    expect(JSON.stringify(answer.errors?.map((error) => [error.message, error.extensions]))).not.toMatch(/limit|exceeded|found|\d/i);
    expect(await db.count(`SELECT count(*) FROM audit_events WHERE actor_id = $1`, [f.tenancy.users.officer.id])).toBe(listsBefore);
  });
});

describe('client addresses for per-address limits', () => {
  let direct: TestApi;
  beforeAll(async () => {
    // Reached directly: the only trusted proxy is an address the test never connects from.
    direct = await startTestApi({ TRUST_PROXY: '192.0.2.1', SIGN_IN_ATTEMPTS_PER_ADDRESS: '3' });
  });
  afterAll(async () => {
    await direct?.close();
  });

  /** How the per-address sign-in limit stores `address`: a keyed hash under the test API's master secret. */
  const storedAddressKey = (address: string) => `sign-in-address:${new Keyring(f.api.config.masterSecrets).keyedHash('rate-limit-key', address)}`;
  const wrongSignIn = (baseUrl: string, address: string) =>
    rawGraphQL(baseUrl, `mutation { signIn(input: { email: "nobody-${randomBytes(4).toString('hex')}@example.test", password: "wrong" }) { role } }`, { address });

  it('gives a client reaching the API directly no fresh budget for a new X-Forwarded-For', async () => {
    const forged = Array.from({ length: 6 }, randomAddress);
    const codes: string[] = [];
    for (const address of forged) codes.push(String((await wrongSignIn(direct.url, address)).body?.errors?.[0]?.extensions?.code));
    // The budget of 3 is the connection's own address's, shared with every forged value: the last ones are refused.
    expect(codes.slice(-3)).toEqual(['RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(await db.count(`SELECT count(*) FROM rate_limits WHERE key = ANY($1)`, [forged.map(storedAddressKey)])).toBe(0);
  });

  it("behind a trusted proxy, keys each client's attempts on the address the proxy names", async () => {
    const [first, second] = [randomAddress(), randomAddress()];
    const before = await db.count(`SELECT count(*) FROM rate_limits WHERE key = $1`, [storedAddressKey(first)]);
    await wrongSignIn(f.api.url, first);
    await wrongSignIn(f.api.url, second);
    expect(before).toBe(0);
    expect(await db.count(`SELECT count(*) FROM rate_limits WHERE key IN ($1, $2)`, [storedAddressKey(first), storedAddressKey(second)])).toBe(2);
    // The table holds no address in a form that can be read back.
    expect(await db.count(`SELECT count(*) FROM rate_limits WHERE strpos(key, $1) > 0 OR strpos(key, $2) > 0`, [first, second])).toBe(0);
  });
});
