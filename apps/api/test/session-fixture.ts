import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { GraphQLClient, type ClientOptions } from './graphql-client.js';
import { createTenancy, type Tenancy, type UserKey } from './tenancy.js';
import { startTestApi, type LogCapture, type TestApi } from './test-api.js';

export interface Fixture {
  api: TestApi;
  tenancy: Tenancy;
  /** A signed-in client for each user of the tenancy. */
  as: Record<UserKey, GraphQLClient>;
  /** This file's own client address (see ClientOptions.address). */
  address: string;
  /** A signed-out client on this file's address, in the police app unless `app` says otherwise. */
  anonymous(app?: ClientOptions['app']): GraphQLClient;
}

/** The app each test user signs in to: the partner app for a service's staff, the police app for a force's. */
const appOf = (key: UserKey): ClientOptions['app'] => (/manager|advocate/i.test(key) ? 'partner' : 'police');

/** A private address no other test file uses, e.g. 10.23.7.191. */
function uniqueAddress(): string {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${Math.max(1, c)}`;
}

/**
 * Starts the API and a fresh tenancy for a test file, and signs every user in. `env` overrides the API's
 * configuration, e.g. `{ RUN_WORKER: 'true' }` for the file that checks notifications (test APIs run no worker by default, so that one does
 * not take (and send to its own Notify stub) the jobs of files that check them. Given `logs`, the API's log
 * lines at info level and above are collected there (see startTestApi).
 */
export function useFixture(env: Record<string, string> = {}, logs?: LogCapture): Fixture {
  const fixture = {} as Fixture;
  beforeAll(async () => {
    fixture.api = await startTestApi(env, logs);
    fixture.tenancy = await createTenancy(fixture.api.ownerUrl);
    fixture.address = uniqueAddress();
    fixture.anonymous = (app) => new GraphQLClient(fixture.api.url, { address: fixture.address, app });
    const entries = await Promise.all(
      (Object.keys(fixture.tenancy.users) as UserKey[]).map(async (key) => {
        const client = fixture.anonymous(appOf(key));
        await client.signIn(fixture.tenancy.users[key].email);
        return [key, client] as const;
      }),
    );
    fixture.as = Object.fromEntries(entries) as Record<UserKey, GraphQLClient>;
  });
  afterAll(async () => {
    await fixture.api?.close();
  });
  return fixture;
}
