/**
 * A GraphQL POST as a browser (or an attacker) sends it, with every header chosen by the test: the app
 * header, the cookie, the forwarded address. For tests about cookies and headers themselves; other tests use
 * GraphQLClient.
 */
export interface RawRequest {
  /** The X-Lantern-App value; omitted when null. */
  app?: string | null;
  cookie?: string;
  /** Sent as X-Forwarded-For. */
  address?: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export interface RawAnswer {
  status: number;
  headers: Headers;
  /** Each Set-Cookie header, whole. */
  setCookies: string[];
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] } | null;
}

export async function rawGraphQL(baseUrl: string, query: string, request: RawRequest = {}): Promise<RawAnswer> {
  const app = request.app === undefined ? 'police' : request.app;
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      'x-forwarded-proto': 'https',
      ...(app === null ? {} : { 'x-lantern-app': app }),
      ...(request.cookie ? { cookie: request.cookie } : {}),
      ...(request.address ? { 'x-forwarded-for': request.address } : {}),
      ...request.headers,
    },
    body: JSON.stringify({ query, variables: request.variables ?? {} }),
  });
  const text = await response.text();
  let body: RawAnswer['body'] = null;
  try {
    body = JSON.parse(text) as RawAnswer['body'];
  } catch {
    // not JSON: the test's assertions on the status say what was wrong
  }
  return { status: response.status, headers: response.headers, setCookies: response.headers.getSetCookie(), body };
}

/** The session id inside a signed session cookie header (`name=s%3A<id>.<signature>`). */
export function sessionIdOf(cookie: string): string {
  const value = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));
  return value.replace(/^s:/, '').split('.')[0] ?? '';
}

/** The same cookie value under another cookie name. */
export function renamed(cookie: string, name: string): string {
  return `${name}=${cookie.slice(cookie.indexOf('=') + 1)}`;
}
