import { describe, expect, it } from 'vitest';
import { useFixture } from './session-fixture.js';
import { addUser, useOwnerDb } from './owner-db.js';
import { draftInput, mutations, queries, signIn, signOut } from './referral-steps.js';

const f = useFixture();
const db = useOwnerDb(f);

/** A GraphQL answer as sent on the wire. */
interface AnswerBody {
  data?: unknown;
  errors: { message: string; extensions: Record<string, unknown> & { code?: string } }[];
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; null (though typed as an answer) when it is not JSON, and the assertions on `text` say what was wrong. */
  body: AnswerBody;
}

async function send(init: RequestInit & { path?: string }): Promise<Answer> {
  const response = await fetch(`${f.api.url}${init.path ?? '/graphql'}`, init);
  const text = await response.text();
  let body = null as unknown as AnswerBody;
  try {
    body = JSON.parse(text) as AnswerBody;
  } catch {
    // not JSON: the assertions on `text` say what was wrong
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** A JSON POST as the signed-in officer's browser would send it. */
const asOfficer = (payload: unknown, extra: Record<string, string> = {}) =>
  send({ method: 'POST', headers: { ...f.as.officer.baseHeaders, cookie: f.as.officer.cookieHeader, ...extra }, body: JSON.stringify(payload) });

/** How many times the `referrals` resolver has run for the officer (each run audits a LIST). */
const listsRun = () => db.count(`SELECT count(*) FROM audit_events WHERE action = 'LIST' AND actor_id = $1`, [f.tenancy.users.officer.id]);

function nested(depth: number): string {
  let body = 'id';
  for (let level = 3; level < depth; level += 2) body = `safeguardingUpdates { referral { ${body} } }`;
  return `{ referrals { edges { node { ${body} } } } }`;
}

const LEAKS = /stack|\bat \S+ \(|\.[cm]?[jt]s:\d|node_modules|\bSELECT\b|\bINSERT\b|\bUPDATE \w+ SET|violates|constraint|relation "|QueryFailedError|syntax error at or near|typeorm|\bpg\b/i;

describe('hostile queries are rejected before any resolver runs', () => {
  it.each([
    ['a query nested 20 levels deep', () => ({ query: nested(20) })],
    ['a query with 5,000 aliases', () => ({ query: `{ referrals { totalCount } ${Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(' ')} }` })],
    ['a query with 20 aliases of the list', () => ({ query: `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: referrals { totalCount }`).join(' ')} }` })],
    ['a JSON array of 100 operations', () => Array.from({ length: 100 }, () => ({ query: '{ referrals { totalCount } }' }))],
    ['a page of 99,999,999 referrals', () => ({ query: '{ referrals(first: 99999999) { totalCount edges { node { id } } } }' })],
  ])('%s', async (_name, payload) => {
    const before = await listsRun();
    const answer = await asOfficer(payload());
    expect(answer.status).toBe(400);
    expect(answer.body.data ?? null).toBeNull();
    expect(answer.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await listsRun()).toBe(before);
  });

  it('caps a page at 100: 101 is refused naming the field, 100 is served', async () => {
    const tooMany = await f.as.officer.fails(queries.referrals, { first: 101 });
    expect({ code: tooMany.code, fields: tooMany.extensions.fields.map((p) => p.field) }).toEqual({ code: 'BAD_USER_INPUT', fields: ['first'] });
    const page = await f.as.officer.ok(queries.referrals, { first: 100, sort: 'PRIORITY' });
    expect(page.referrals.totalCount).toBeGreaterThanOrEqual(0);
  });
});

describe('cross-site requests', () => {
  const signOut = JSON.stringify({ query: 'mutation { signOut }' });

  it.each([
    ['a text/plain POST', { 'content-type': 'text/plain' }],
    ['a form POST', { 'content-type': 'application/x-www-form-urlencoded' }],
  ])('refuses %s, and the session survives', async (_name, headers) => {
    const answer = await send({ method: 'POST', headers: { ...headers, cookie: f.as.officer.cookieHeader }, body: signOut });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
    expect((await f.as.officer.ok(queries.viewerRole)).viewer).toEqual({ role: 'OFFICER' });
  });

  it('refuses a mutation sent as a GET, even with the preflight header, and a GET without it', async () => {
    const url = (query: string) => `/graphql?query=${encodeURIComponent(query)}`;
    const cookie = f.as.officer.cookieHeader;
    const mutation = await send({ method: 'GET', path: url('mutation { signOut }'), headers: { 'apollo-require-preflight': 'true', cookie } });
    expect(mutation.status).toBe(405);
    expect(mutation.body.data ?? null).toBeNull();
    const simple = await send({ method: 'GET', path: url('{ viewer { role } }'), headers: { cookie } });
    expect(simple.status).toBe(400);
    expect((await f.as.officer.ok(queries.viewerRole)).viewer).toEqual({ role: 'OFFICER' });
  });
});

describe('error answers', () => {
  it('never carry stack traces, SQL, constraint names or paths', async () => {
    const officer = { ...f.as.officer.baseHeaders, cookie: f.as.officer.cookieHeader };
    const answers = [
      await send({ method: 'POST', headers: officer, body: '{"query": "{ viewer' }),
      await send({ method: 'POST', headers: officer, body: JSON.stringify({ query: 'x'.repeat(200_000) }) }),
      await asOfficer({ query: '{ referrals(first: 5 { id }' }),
      await asOfficer({ query: '{ referral(id: 5) { id } }' }),
      await asOfficer({ query: mutations.createReferral, variables: { input: { ...draftInput(f.tenancy), reportedAt: 42 } } }),
      // A character PostgreSQL cannot store: refused at the edge (safe-strings.ts) before the database sees it.
      await asOfficer({ query: mutations.createReferral, variables: { input: draftInput(f.tenancy, { circumstances: 'before\u0000after' }) } }),
      await asOfficer({ query: mutations.acceptReferral, variables: { input: { referralId: '00000000-0000-0000-0000-000000000000', expectedVersion: 1 } } }),
      await asOfficer({ query: queries.referrals, variables: { after: 'not a cursor' } }),
    ];
    for (const answer of answers) {
      expect(answer.status, answer.text).toBeLessThan(600);
      expect(answer.body?.errors?.length, answer.text).toBeGreaterThan(0);
      expect(answer.text).not.toMatch(LEAKS);
      for (const error of answer.body.errors) {
        expect(Object.keys(error.extensions ?? {})).not.toContain('stacktrace');
        expect(Object.keys(error.extensions ?? {})).not.toContain('exception');
      }
    }
    const internal = answers[5].body.errors[0];
    expect(internal.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('give no field or value suggestions', async () => {
    const wrong = [
      { query: '{ referals { totalCount } }' },
      { query: '{ referrals { totlCount } }' },
      { query: '{ referrals(fitler: { search: "x" }) { totalCount } }' },
      { query: '{ referrals(filter: { riskLevels: [HIHG] }) { totalCount } }' },
      { query: queries.referrals, variables: { filter: { riskLevels: ['HIHG'] } } },
      { query: queries.referrals, variables: { filter: { statuses: ['SUBMITED'] } } },
    ];
    for (const payload of wrong) {
      const answer = await asOfficer(payload);
      expect(answer.body.errors.length, answer.text).toBeGreaterThan(0);
      expect(answer.text).not.toMatch(/did you mean|HIGH|SUBMITTED|totalCount"|"referrals"/i);
    }
  });
});

describe('sessions', () => {
  it('a signed-out request for referrals is UNAUTHENTICATED', async () => {
    const anonymous = f.anonymous();
    expect((await anonymous.fails(queries.referrals)).code).toBe('UNAUTHENTICATED');
    expect((await anonymous.fails(mutations.createReferral, { input: draftInput(f.tenancy) })).code).toBe('UNAUTHENTICATED');
    expect(await anonymous.ok(queries.viewerRole)).toEqual({ viewer: null });
  });

  it('a wrong password and an unknown account get the same generic UNAUTHENTICATED answer and no session', async () => {
    const signIn = `mutation($input: SignInInput!) { signIn(input: $input) { role } }`;
    const client = f.anonymous();
    const wrongPassword = await client.fails(signIn, { input: { email: f.tenancy.users.supervisor2.email, password: 'Wrong-password-1!' } });
    const unknown = await client.fails(signIn, { input: { email: `nobody-${f.tenancy.tag}@example.test`, password: 'Wrong-password-1!' } });
    expect(wrongPassword.code).toBe('UNAUTHENTICATED');
    expect(wrongPassword.message).toBe(unknown.message);
    expect(wrongPassword.message).not.toMatch(/password is|no account|not found|unknown/i);
    expect(client.hasSession).toBe(false);
  });

  it('signing in starts a new session: an id held before no longer works', async () => {
    const client = await f.anonymous().signIn(f.tenancy.users.supervisor2.email);
    const before = client.cookieHeader;
    await client.signIn(f.tenancy.users.supervisor2.email);
    expect(client.cookieHeader).not.toBe(before);
    const planted = await send({ method: 'POST', headers: { ...client.baseHeaders, cookie: before }, body: JSON.stringify({ query: '{ viewer { role } }' }) });
    expect(planted.body).toEqual({ data: { viewer: null } });
    expect((await client.ok(queries.viewerRole)).viewer).toEqual({ role: 'SUPERVISOR' });
  });

  it('signing out ends the session, and its cookie no longer works', async () => {
    const client = await f.anonymous().signIn(f.tenancy.users.officer2.email);
    const cookie = client.cookieHeader;
    expect(await client.ok(signOut)).toEqual({ signOut: true });
    expect(await client.ok(queries.viewerRole)).toEqual({ viewer: null });
    const replayed = await send({ method: 'POST', headers: { ...client.baseHeaders, cookie }, body: JSON.stringify({ query: queries.referrals }) });
    expect(replayed.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it("a disabled user's live session stops working on the next request", async () => {
    const user = await addUser(db, f.tenancy.force.id, 'OFFICER', f.tenancy.tag);
    const client = await f.anonymous().signIn(user.email);
    expect((await client.ok(queries.referrals)).referrals.totalCount).toBeGreaterThanOrEqual(0);
    await db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [user.id]);
    expect((await client.fails(queries.referrals)).code).toBe('UNAUTHENTICATED');
    expect(await client.ok(queries.viewerRole)).toEqual({ viewer: null });
    expect((await f.anonymous().fails(signIn, { input: { email: user.email, password: 'Test-password-2026!' } })).code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('response headers', () => {
  it.each([
    ['an answer', () => asOfficer({ query: '{ viewer { role } }' })],
    ['an error', () => asOfficer({ query: '{ nonsense }' })],
    ['a refused request', () => send({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' })],
  ])('on %s: no-store and the helmet headers', async (_name, request) => {
    const { headers } = await request();
    expect(headers.get('cache-control')).toBe('no-store');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(headers.get('x-powered-by')).toBeNull();
  });
});
