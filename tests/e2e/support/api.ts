import { expect, request, type APIRequestContext, type Page } from '@playwright/test';
import { API_URL, POLICE_URL } from './urls';
import { DEMO_PASSWORD, USERS, type DemoUser } from './users';

/**
 * As the police app sends them: the API keeps one session cookie per app (`x-lantern-app`), so a session made
 * here is the police app's, the one `signInBrowser` hands to the police pages.
 */
const HEADERS = { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-lantern-app': 'police' };

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { role user { id name } organisation { id name } } }`;

async function post<T>(context: APIRequestContext, url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await context.post(url, { headers: HEADERS, data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) {
    throw new Error(`GraphQL error: ${body.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ')}`);
  }
  expect(response.ok(), `GraphQL request failed with HTTP ${response.status()}`).toBeTruthy();
  return body.data as T;
}

/**
 * A signed-in GraphQL client straight to the API, for setting up a test's own data quickly (a referral
 * already sent, a partner's urgent update...). The browser journey under test still goes through the UI.
 */
export class LanternApi {
  private constructor(private readonly context: APIRequestContext) {}

  static async signIn(user: DemoUser): Promise<LanternApi> {
    const context = await request.newContext({ baseURL: API_URL });
    await post(context, '/graphql', SIGN_IN, { input: { email: USERS[user], password: DEMO_PASSWORD } });
    return new LanternApi(context);
  }

  graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return post<T>(this.context, '/graphql', query, variables);
  }

  async dispose(): Promise<void> {
    await this.context.dispose();
  }
}

/**
 * Signs the browser page in without the sign-in screen (the session cookie is shared with the page).
 * Use the sign-in page object instead when the sign-in screen is what the test is about.
 */
export async function signInBrowser(page: Page, user: DemoUser): Promise<void> {
  await post(page.request, `${POLICE_URL}/graphql`, SIGN_IN, { input: { email: USERS[user], password: DEMO_PASSWORD } });
}
