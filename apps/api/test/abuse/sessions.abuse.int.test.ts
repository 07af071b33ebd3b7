import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useFixture } from '../session-fixture.js';
import { addUser, useOwnerDb } from '../owner-db.js';
import { GraphQLClient } from '../graphql-client.js';
import { queries, signOut } from '../referral-steps.js';
import { rawGraphQL, renamed, sessionIdOf } from '../raw-http.js';
import { startTestApi } from '../test-api.js';

/**
 * Attacks on sessions: fixation, timeouts, revocation, one app's session used by another, the session table
 * read by the application role, and key rotation. Each checks the secure outcome and that nothing changed.
 */
const f = useFixture();
const db = useOwnerDb(f);

const VIEWER = '{ viewer { role user { id } } }';
const sessionRows = (id: string) => db.count(`SELECT count(*) FROM sessions WHERE sid = $1`, [id]);
const viewerOf = async (cookie: string, app = 'police', baseUrl = f.api.url) => (await rawGraphQL(baseUrl, VIEWER, { app, cookie })).body?.data?.viewer ?? null;

/** A member of staff of the test force made for one test, signed in to `app`. */
async function freshOfficer(app: 'police' | 'partner' = 'police') {
  const user = await addUser(db, f.tenancy.force.id, 'OFFICER', `session-${randomBytes(2).toString('hex')}`);
  const client = await new GraphQLClient(f.api.url, { address: f.address, app }).signIn(user.email);
  return { user, client };
}

describe('session fixation', () => {
  it('gives a new session id at sign-in and ends the planted one, so a cookie planted before sign-in is never upgraded', async () => {
    const attacker = await new GraphQLClient(f.api.url, { address: f.address }).signIn(f.tenancy.users.officer2.email);
    const planted = attacker.cookieHeader;
    const answer = await rawGraphQL(f.api.url, `mutation { signIn(input: { email: "${f.tenancy.users.supervisor.email}", password: "Test-password-2026!" }) { role } }`, {
      cookie: planted,
      address: f.address,
    });
    const issued = answer.setCookies.find((cookie) => cookie.startsWith('__Host-lantern-police='))!;
    expect(sessionIdOf(issued)).not.toBe(sessionIdOf(planted));
    expect(await viewerOf(planted)).toBeNull();
    expect(await sessionRows(sessionIdOf(planted))).toBe(0);
    expect(await viewerOf(issued.split(';')[0])).toEqual({ role: 'SUPERVISOR', user: { id: f.tenancy.users.supervisor.id } });
  });

  it('ignores a session id the server never issued, and starts a different one at sign-in', async () => {
    const forged = `__Host-lantern-police=s%3A${randomBytes(24).toString('base64url')}.${randomBytes(32).toString('base64url')}`;
    expect(await viewerOf(forged)).toBeNull();
    const answer = await rawGraphQL(f.api.url, `mutation { signIn(input: { email: "${f.tenancy.users.officer.email}", password: "Test-password-2026!" }) { role } }`, {
      cookie: forged,
      address: f.address,
    });
    expect(sessionIdOf(answer.setCookies[0])).not.toBe(sessionIdOf(forged));
    expect(await sessionRows(sessionIdOf(forged))).toBe(0);
  });
});

describe('session timeouts', () => {
  it('ends a session idle past its timeout: the next request is signed out', async () => {
    const { client } = await freshOfficer();
    const id = sessionIdOf(client.cookieHeader);
    await db.query(`UPDATE sessions SET expire = now() - interval '1 second' WHERE sid = $1`, [id]);
    expect(await viewerOf(client.cookieHeader)).toBeNull();
    expect((await client.fails(queries.referrals, { first: 1 })).code).toBe('UNAUTHENTICATED');
  });

  it('ends a session past its absolute lifetime however active it is, and deletes it', async () => {
    const { client } = await freshOfficer();
    const id = sessionIdOf(client.cookieHeader);
    const hoursAgo = (f.api.config.sessionAbsoluteHours + 1) * 3600_000;
    await db.query(`UPDATE sessions SET sess = jsonb_set(sess::jsonb, '{lantern,startedAt}', to_jsonb($2::bigint))::json WHERE sid = $1`, [id, Date.now() - hoursAgo]);
    expect(await viewerOf(client.cookieHeader)).toBeNull();
    expect(await sessionRows(id)).toBe(0);
  });
});

describe('revocation', () => {
  it('kills the server-side session at sign-out: the old cookie replayed is signed out', async () => {
    const { client } = await freshOfficer();
    const stolen = client.cookieHeader;
    await client.ok(signOut);
    expect(await sessionRows(sessionIdOf(stolen))).toBe(0);
    expect(await viewerOf(stolen)).toBeNull();
  });

  it("stops a disabled user's session on their next request, and deletes it", async () => {
    const { user, client } = await freshOfficer();
    const id = sessionIdOf(client.cookieHeader);
    await db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [user.id]);
    expect((await client.fails(queries.referrals, { first: 1 })).code).toBe('UNAUTHENTICATED');
    expect(await sessionRows(id)).toBe(0);
  });

  it("does not end another app's session when one app signs out in the same browser", async () => {
    const partner = await new GraphQLClient(f.api.url, { address: f.address, app: 'partner' }).signIn(f.tenancy.users.advocate2.email);
    const { client: police } = await freshOfficer();
    const browser = `${police.cookieHeader}; ${partner.cookieHeader}`;
    const answer = await rawGraphQL(f.api.url, 'mutation { signOut }', { app: 'police', cookie: browser });
    expect(answer.body?.data).toEqual({ signOut: true });
    expect(await viewerOf(browser, 'police')).toBeNull();
    expect(await viewerOf(browser, 'partner')).toEqual({ role: 'ADVOCATE', user: { id: f.tenancy.users.advocate2.id } });
  });
});

describe("one app's session in another app", () => {
  it("refuses a partner session cookie sent as the police app's cookie, and the partner session carries on", async () => {
    const partnerCookie = f.as.manager.cookieHeader;
    expect(partnerCookie).toMatch(/^__Host-lantern-partner=/);
    const asPolice = renamed(partnerCookie, '__Host-lantern-police');
    expect(await viewerOf(asPolice, 'police')).toBeNull();
    const attempt = await rawGraphQL(f.api.url, '{ referrals(first: 1) { totalCount } }', { app: 'police', cookie: asPolice });
    expect(attempt.body?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await sessionRows(sessionIdOf(partnerCookie))).toBe(1);
    expect(await viewerOf(partnerCookie, 'partner')).toMatchObject({ role: 'PARTNER_MANAGER' });
  });

  it('refuses a request naming an app Lantern does not have, setting no cookie', async () => {
    const before = await db.count(`SELECT count(*) FROM sessions`);
    for (const app of ['admin', 'police,partner', '']) {
      const answer = await rawGraphQL(f.api.url, `mutation { signIn(input: { email: "${f.tenancy.users.officer.email}", password: "Test-password-2026!" }) { role } }`, { app });
      expect(answer.status).toBe(400);
      expect(answer.setCookies).toEqual([]);
    }
    expect(await db.count(`SELECT count(*) FROM sessions`)).toBe(before);
  });

  it('starts no session for a request that names no app', async () => {
    const answer = await rawGraphQL(f.api.url, `mutation { signIn(input: { email: "${f.tenancy.users.officer.email}", password: "Test-password-2026!" }) { role } }`, { app: null });
    expect(answer.body?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.setCookies).toEqual([]);
  });
});

describe('the session table', () => {
  it('cannot be read or written by the application role; the session role can reach nothing else', async () => {
    const pg = (await import('pg')).default;
    for (const [url, table] of [
      [f.api.config.appDatabaseUrl, 'sessions'],
      [f.api.config.sessionDatabaseUrl, 'users'],
      [f.api.config.sessionDatabaseUrl, 'audit_events'],
    ] as const) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await expect(client.query(`SELECT count(*) FROM ${table}`)).rejects.toThrow(/permission denied/);
        await expect(client.query(`DELETE FROM ${table}`)).rejects.toThrow(/permission denied/);
      } finally {
        await client.end();
      }
    }
    expect(await sessionRows(sessionIdOf(f.as.officer.cookieHeader))).toBe(1);
  });
});

describe('master secret rotation', () => {
  it('accepts a cookie signed under the previous master secret while it is listed, and refuses it once removed', async () => {
    const newest = `rotated-master-secret-${randomBytes(12).toString('hex')}`;
    const previous = 'test-session-secret-of-at-least-32-characters';
    const rotated = await startTestApi({ MASTER_SECRETS: `${newest},${previous}` });
    const retired = await startTestApi({ MASTER_SECRETS: newest });
    try {
      const cookie = f.as.officer.cookieHeader;
      expect(await viewerOf(cookie, 'police', rotated.url)).toMatchObject({ role: 'OFFICER' });
      expect(await viewerOf(cookie, 'police', retired.url)).toBeNull();
      expect(await viewerOf(cookie, 'police')).toMatchObject({ role: 'OFFICER' });
    } finally {
      await rotated.close();
      await retired.close();
    }
  });
});
