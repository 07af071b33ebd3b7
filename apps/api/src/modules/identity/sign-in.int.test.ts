import { describe, expect, it } from 'vitest';
import { useFixture } from '../../../test/session-fixture.js';
import { TEST_PASSWORD } from '../../../test/graphql-client.js';
import { graphql } from '../../../test/gql/gql.js';
import { queries } from '../../../test/referral-steps.js';

const f = useFixture();
const SIGN_IN = graphql(`mutation SignInAndSee($input: SignInInput!) { signIn(input: $input) { role organisation { name } user { name } } }`);

describe('signing in', () => {
  it('signs a member of staff in, case-insensitively, and tells them who and where they are', async () => {
    const client = f.anonymous();
    const data = await client.ok(SIGN_IN, { input: { email: f.tenancy.users.manager.email.toUpperCase(), password: TEST_PASSWORD } });
    expect(data.signIn).toEqual({ role: 'PARTNER_MANAGER', organisation: { name: f.tenancy.service.name }, user: { name: f.tenancy.users.manager.name } });
    expect((await client.ok(queries.viewerRole)).viewer).toEqual({ role: 'PARTNER_MANAGER' });
  });

  it('stops guessing at one account after 10 wrong passwords, even with the right one', async () => {
    const client = f.anonymous();
    const email = f.tenancy.users.supervisor2.email;
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect((await client.fails(SIGN_IN, { input: { email, password: `wrong-${attempt}` } })).code).toBe('UNAUTHENTICATED');
    }
    const locked = await client.fails(SIGN_IN, { input: { email, password: TEST_PASSWORD } });
    expect(locked.code).toBe('RATE_LIMITED');
    expect(locked.message).toBe('Too many attempts. Wait a few minutes and try again.');
    // Other accounts are not affected.
    await f.anonymous().signIn(f.tenancy.users.officer2.email);
  });
});
