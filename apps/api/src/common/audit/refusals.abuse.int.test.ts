import { describe, expect, it } from 'vitest';
import { graphql } from '../../../test/gql/gql.js';
import { LEGAL_HOLD } from '../../../test/legal-hold.js';
import { addUser, useOwnerDb } from '../../../test/owner-db.js';
import { createDraft, queries } from '../../../test/referral-steps.js';
import { useFixture } from '../../../test/session-fixture.js';

const f = useFixture();
const db = useOwnerDb(f);
const SIGN_IN = graphql(`mutation RefusedSignIn($input: SignInInput!) { signIn(input: $input) { role } }`);
const ADVOCATES = graphql(`query RefusedAdvocates { advocates { id } }`);

type Row = { actor_id: string | null; actor_role: string | null; outcome: string; request_id: string | null; ip: string | null; detail: Record<string, unknown> };
const refusalsFrom = (ip: string, action: string) =>
  db.query<Row>('SELECT actor_id, actor_role, outcome, request_id, ip, detail FROM audit_events WHERE ip = $1 AND action = $2 ORDER BY id', [
    f.api.services.audit.addressHash(ip),
    action,
  ]);

describe('refusals', () => {
  it('by the auth checker to someone not signed in are audited as denied, with the field and the request', async () => {
    const draft = await createDraft(f.as.officer, f.tenancy);
    const before = await db.one('SELECT victim, version FROM referrals WHERE id = $1', [draft.id]);
    const anonymous = f.anonymous();
    expect((await anonymous.fails(queries.referral, { id: draft.id })).code).toBe('UNAUTHENTICATED');
    const rows = (await refusalsFrom(f.address, 'AUTHORISE')).filter((row) => row.detail.field === 'Query.referral');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_id: null, outcome: 'DENIED', detail: { field: 'Query.referral', code: 'UNAUTHENTICATED' } });
    expect(rows[0].request_id).toBeTruthy();
    expect(await db.one('SELECT victim, version FROM referrals WHERE id = $1', [draft.id])).toEqual(before);
  });

  it('by the auth checker to a member of staff without the role are audited with who they are', async () => {
    expect((await f.as.officer.fails(ADVOCATES)).code).toBe('FORBIDDEN');
    const rows = (await refusalsFrom(f.address, 'AUTHORISE')).filter((row) => row.actor_id === f.tenancy.users.officer.id);
    expect(rows.map((row) => row.detail)).toContainEqual({ field: 'Query.advocates', code: 'FORBIDDEN' });
    expect(rows.every((row) => row.actor_role === 'OFFICER' && row.outcome === 'DENIED')).toBe(true);
  });

  it('of a legal hold to an officer are audited, and the referral keeps no hold', async () => {
    const draft = await createDraft(f.as.officer, f.tenancy);
    expect((await f.as.officer.fails(LEGAL_HOLD.place, { referralId: draft.id })).code).toBe('FORBIDDEN');
    const other = await addUser(db, f.tenancy.otherForce.id, 'SUPERVISOR', 'hold');
    const otherSupervisor = await f.anonymous().signIn(other.email);
    expect((await otherSupervisor.fails(LEGAL_HOLD.place, { referralId: draft.id })).code).toBe('NOT_FOUND');
    expect(await db.count(`SELECT count(*) FROM audit_events WHERE action = 'PLACE_LEGAL_HOLD' AND entity_id = $1 AND outcome = 'DENIED' AND actor_id = $2`, [draft.id, other.id])).toBe(1);
    expect(await db.one('SELECT legal_hold_since FROM referrals WHERE id = $1', [draft.id])).toEqual({ legal_hold_since: null });
    const rows = await refusalsFrom(f.address, 'AUTHORISE');
    expect(rows.filter((row) => row.actor_id === f.tenancy.users.officer.id).map((row) => row.detail)).toContainEqual({
      field: 'Mutation.placeLegalHold',
      code: 'FORBIDDEN',
    });
  });

  it('by a rate limit are audited with the limit’s name and never the e-mail address', async () => {
    const client = f.anonymous();
    const email = f.tenancy.users.advocate2.email;
    for (let attempt = 0; attempt < 10; attempt += 1) await client.fails(SIGN_IN, { input: { email, password: `wrong-${attempt}` } });
    const before = await db.count(`SELECT count(*) FROM audit_events WHERE action = 'SIGN_IN' AND entity_id = $1 AND outcome = 'ALLOWED'`, [
      f.tenancy.users.advocate2.id,
    ]);
    expect((await client.fails(SIGN_IN, { input: { email, password: 'wrong-again' } })).code).toBe('RATE_LIMITED');
    const rows = await refusalsFrom(f.address, 'RATE_LIMIT');
    expect(rows.map((row) => row.detail)).toContainEqual({ limit: 'signInAccount', code: 'RATE_LIMITED' });
    expect(rows.every((row) => row.outcome === 'DENIED' && row.request_id)).toBe(true);
    const all = await db.query<{ row: string }>('SELECT row_to_json(e)::text AS row FROM audit_events e');
    expect(all.some((r) => r.row.toLowerCase().includes(email.toLowerCase()))).toBe(false);
    expect(await db.count(`SELECT count(*) FROM audit_events WHERE action = 'SIGN_IN' AND entity_id = $1 AND outcome = 'ALLOWED'`, [
      f.tenancy.users.advocate2.id,
    ])).toBe(before);
  });
});
