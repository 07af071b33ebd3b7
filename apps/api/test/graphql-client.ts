import { expect } from 'vitest';
import { graphql } from './gql/gql.js';
import type { TypedDocumentString } from './gql/graphql.js';

/** A GraphQL error as the API answers it. */
export interface GraphQLErrorAnswer {
  message: string;
  extensions?: Record<string, unknown> & { code?: string };
}

/** A GraphQL answer: `T` is the operation's result type, generated from the contract (see codegen.ts). */
export interface GraphQLResult<T = unknown> {
  data?: T | null;
  errors?: GraphQLErrorAnswer[];
}

/** The first error of a request that had to fail, with its extensions read as the API sends them. */
export interface Failure {
  code: string;
  message: string;
  extensions: FailureExtensions;
}

/**
 * `extensions` of an error: its code, the field problems of BAD_USER_INPUT (typed as present: a test that
 * reads them on another error fails, as it should), and anything else the API adds.
 */
export interface FailureExtensions {
  code?: string;
  fields: { field: string; message: string }[];
  attemptsLeft?: number;
  requestId?: string;
  [key: string]: unknown;
}

/** An operation: a typed document from graphql(`...`), or plain text for requests that are meant to be wrong. */
export type Operation = TypedDocumentString<unknown, any> | string;

/** The result type of an operation (unknown for plain text). */
export type ResultOf<D> = D extends TypedDocumentString<infer R, any> ? R : unknown;

export const TEST_PASSWORD = 'Test-password-2026!';

const SIGN_IN = graphql(`mutation ClientSignIn($input: SignInInput!) { signIn(input: $input) { role } }`);

/** A browser-like client: JSON POSTs to /graphql with the CSRF header and its own cookie jar. */
export interface ClientOptions {
  /**
   * The client's network address, sent as X-Forwarded-For (the test API trusts one proxy hop), so each test
   * file has its own per-address rate limits, as separate people would.
   */
  address?: string;
  /** The app the client is (X-Lantern-App): its own session cookie and audience. Police unless given. */
  app?: 'police' | 'partner' | 'victim';
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
      'x-lantern-app': this.options.app ?? 'police',
      // The test API trusts loopback as its proxy, which terminates TLS as in production (Secure cookies).
      'x-forwarded-proto': 'https',
      ...(this.options.address ? { 'x-forwarded-for': this.options.address } : {}),
    };
  }

  /** The session cookie as a `cookie` header value ('' when signed out). */
  get cookieHeader(): string {
    return this.cookie;
  }

  /** The answer to `query`, data and errors as they came. Variables are not type-checked, so tests can send bad input. */
  async request<D extends Operation>(query: D, variables: Record<string, unknown> = {}): Promise<GraphQLResult<ResultOf<D>>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { ...this.baseHeaders, ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query: query.toString(), variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      // A cleared cookie comes back empty (`lantern=; Path=/; Expires=...`).
      const pair = setCookie.split(';')[0];
      this.cookie = pair.endsWith('=') ? '' : pair;
    }
    return (await response.json()) as GraphQLResult<ResultOf<D>>;
  }

  /** Data of a request that must succeed. */
  async ok<D extends TypedDocumentString<unknown, any>>(query: D, variables: Record<string, unknown> = {}): Promise<ResultOf<D>> {
    const result = await this.request(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data as ResultOf<D>;
  }

  /** The first error of a request that must fail. */
  async fails(query: Operation, variables: Record<string, unknown> = {}): Promise<Failure> {
    const result = await this.request(query, variables);
    expect(result.errors?.length, `expected an error, got ${JSON.stringify(result.data)}`).toBeGreaterThan(0);
    const error = result.errors![0];
    return { code: String(error.extensions?.code), message: error.message, extensions: (error.extensions ?? {}) as FailureExtensions };
  }

  async signIn(email: string, password = TEST_PASSWORD): Promise<this> {
    await this.ok(SIGN_IN, { input: { email, password } });
    return this;
  }

  get hasSession(): boolean {
    return this.cookie !== '';
  }
}
