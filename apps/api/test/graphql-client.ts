import { expect } from 'vitest';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
}

export const TEST_PASSWORD = 'Test-password-2026!';

/** A browser-like client: JSON POSTs to /graphql with the CSRF header and its own cookie jar. */
export interface ClientOptions {
  /**
   * The client's network address, sent as X-Forwarded-For (the test API trusts one proxy hop), so each test
   * file has its own per-address rate limits, as separate people would.
   */
  address?: string;
}

export class GraphQLClient {
  private cookie = '';

  constructor(
    private readonly baseUrl: string,
    private readonly options: ClientOptions = {},
  ) {}

  /** Headers a browser on this client's address would send with a GraphQL POST (without the cookie). */
  get baseHeaders(): Record<string, string> {
    return {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(this.options.address ? { 'x-forwarded-for': this.options.address } : {}),
    };
  }

  /** The session cookie as a `cookie` header value ('' when signed out). */
  get cookieHeader(): string {
    return this.cookie;
  }

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { ...this.baseHeaders, ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      // A cleared cookie comes back empty (`lantern=; Path=/; Expires=...`).
      const pair = setCookie.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? '' : pair;
    }
    return (await response.json()) as GraphQLResult<T>;
  }

  /** Data of a request that must succeed. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data as T;
  }

  /** The first error's code of a request that must fail. */
  async fails(query: string, variables: Record<string, unknown> = {}): Promise<{ code: string; message: string; extensions: Record<string, any> }> {
    const result = await this.request(query, variables);
    expect(result.errors?.length, `expected an error, got ${JSON.stringify(result.data)}`).toBeGreaterThan(0);
    const error = result.errors![0]!;
    return { code: String(error.extensions?.code), message: error.message, extensions: error.extensions ?? {} };
  }

  async signIn(email: string, password = TEST_PASSWORD): Promise<this> {
    await this.ok(`mutation($input: SignInInput!) { signIn(input: $input) { role } }`, { input: { email, password } });
    return this;
  }

  get hasSession(): boolean {
    return this.cookie !== '';
  }
}
