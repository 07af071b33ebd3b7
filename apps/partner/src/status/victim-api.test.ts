import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentVictimStatus, leaveVictimSession, openVictimLink, problemFrom } from './victim-api';
import { victimStatus } from './test-fixtures';

function answer(body: unknown, status = 200) {
  const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('victim API calls', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('POSTs the token and code as JSON to /graphql on the same origin, with the CSRF header', async () => {
    const fetchMock = answer({ data: { openVictimLink: victimStatus() } });
    const result = await openVictimLink('tok', '123456');
    expect(result).toEqual({ ok: true, status: victimStatus() });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    });
    const body = JSON.parse(init?.body as string) as { query: string; variables: unknown };
    expect(body.query).toContain('openVictimLink(input: $input)');
    expect(body.variables).toEqual({ input: { token: 'tok', accessCode: '123456' } });
  });

  it('reads the attempts left from a wrong code', async () => {
    answer({ data: null, errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', attemptsLeft: 2 } }] });
    expect(await openVictimLink('tok', '000000')).toEqual({ ok: false, problem: { kind: 'wrong-code', attemptsLeft: 2 } });
  });

  it('maps the error codes to what the page says', () => {
    expect(problemFrom({ extensions: { code: 'BAD_USER_INPUT', attemptsLeft: 0 } })).toEqual({ kind: 'locked' });
    expect(problemFrom({ extensions: { code: 'VICTIM_LINK_LOCKED' } })).toEqual({ kind: 'locked' });
    expect(problemFrom({ extensions: { code: 'NOT_FOUND' } })).toEqual({ kind: 'link-not-working' });
    expect(problemFrom({ extensions: { code: 'RATE_LIMITED' } })).toEqual({ kind: 'too-many-tries' });
    expect(
      problemFrom({
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'accessCode', message: 'Enter the 6 characters of your code' }] },
      }),
    ).toEqual({ kind: 'invalid-code', message: 'Enter the 6 characters of your code' });
    expect(problemFrom({ extensions: { code: 'INTERNAL_SERVER_ERROR' } })).toEqual({ kind: 'unavailable' });
  });

  it('treats a network failure as unavailable', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockRejectedValue(new TypeError('offline')));
    expect(await openVictimLink('tok', '123456')).toEqual({ ok: false, problem: { kind: 'unavailable' } });
    expect(await currentVictimStatus()).toBe('unavailable');
  });

  it('reads the current status, and null without a victim session', async () => {
    answer({ data: { victimStatus: victimStatus() } });
    expect(await currentVictimStatus()).toEqual(victimStatus());
    answer({ data: { victimStatus: null } });
    expect(await currentVictimStatus()).toBeNull();
  });

  it('ends the session with keepalive so it completes while the page is replaced', async () => {
    const fetchMock = answer({ data: { signOut: true } });
    await leaveVictimSession();
    expect(fetchMock.mock.calls[0]?.[1]).toMatchObject({ keepalive: true, method: 'POST' });
    expect((JSON.parse(fetchMock.mock.calls[0]?.[1]?.body as string) as { query: string }).query).toContain('signOut');
  });
});
