import { afterAll, beforeAll } from 'vitest';
import { GraphQLClient } from './graphql-client.js';
import { createTenancy, type Tenancy, type UserKey } from './tenancy.js';
import { startTestApi, type TestApi } from './test-api.js';

export interface Fixture {
  api: TestApi;
  tenancy: Tenancy;
  /** A signed-in client for each user of the tenancy. */
  as: Record<UserKey, GraphQLClient>;
  anonymous(): GraphQLClient;
}

/** Starts the API and a fresh tenancy for a test file, and signs every user in. */
export function useFixture(): Fixture {
  const fixture = {} as Fixture;
  beforeAll(async () => {
    fixture.api = await startTestApi();
    fixture.tenancy = await createTenancy(fixture.api.ownerUrl);
    fixture.anonymous = () => new GraphQLClient(fixture.api.url);
    const entries = await Promise.all(
      (Object.keys(fixture.tenancy.users) as UserKey[]).map(async (key) => {
        const client = new GraphQLClient(fixture.api.url);
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
