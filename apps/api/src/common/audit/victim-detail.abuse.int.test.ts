import { describe, expect, it } from 'vitest';
import { useOwnerDb } from '../../../test/owner-db.js';
import { randomUUID } from 'node:crypto';
import { consent, createDraft, mutations, orderConsidered, queries, screen, step } from '../../../test/referral-steps.js';
import { useFixture } from '../../../test/session-fixture.js';

const f = useFixture();
const db = useOwnerDb(f);

describe('the audit log after a whole journey', () => {
  it('holds none of the victim’s details: name, phone, e-mail, postcode, area or any free text', async () => {
    const from = await db.count('SELECT coalesce(max(id), 0) FROM audit_events');
    const tag = f.tenancy.tag;
    const victim = {
      firstName: `Ottilie${tag}`,
      lastName: `Quenby${tag}`,
      postcode: 'ZZ9 9ZZ',
      area: f.tenancy.area,
      safeContact: { phone: '07700 900777', email: `ottilie.${tag}@example.org`, voicemailSafe: false, preferredMethod: 'PHONE_CALL', safeTimes: `Mornings${tag}` },
    };
    const circumstances = `Waits outside the flat of ${victim.firstName}, every night ${tag}`;
    const draft = await createDraft(f.as.officer, f.tenancy, { victim, circumstances });
    const ready = await orderConsidered(f.as.officer, await consent(f.as.officer, await screen(f.as.officer, draft), f.tenancy.service.id));
    const sent = await step(f.as.officer, 'submitReferral', { referralId: ready.id, expectedVersion: ready.version, partnerServiceId: f.tenancy.service.id });
    const accepted = await step(f.as.manager, 'acceptReferral', { referralId: sent.id, expectedVersion: sent.version });
    const referral = await step(f.as.manager, 'allocateReferral', { referralId: accepted.id, expectedVersion: accepted.version, advocateId: f.tenancy.users.advocate.id });
    await f.as.advocate.ok(queries.referral, { id: referral.id });
    await f.as.officer.ok(queries.referrals, { first: 20 });
    await f.as.advocate.ok(mutations.postSafeguardingUpdate, {
      input: { idempotencyKey: randomUUID(), referralId: referral.id, expectedVersion: referral.version, kind: 'CONTACT_MADE', text: `Called ${victim.firstName} at home ${tag}`, needsPoliceAction: false, visibleToVictim: false },
    });
    const closed = await step(f.as.advocate, 'closeReferral', {
      referralId: referral.id, expectedVersion: (await f.as.advocate.ok(queries.referral, { id: referral.id })).referral!.version,
      outcome: 'OTHER', reason: `${victim.lastName} moved away ${tag}`,
    });
    expect(closed.status).toBe('CLOSED');

    const rows = await db.query<{ row: string }>('SELECT row_to_json(e)::text AS row FROM audit_events e WHERE id > $1', [from]);
    expect(rows.length).toBeGreaterThan(5);
    const values = [victim.firstName, victim.lastName, victim.postcode, victim.safeContact.phone, victim.safeContact.email, victim.safeContact.safeTimes, victim.area, circumstances];
    for (const value of values) expect(rows.filter((r) => r.row.includes(value)), value).toEqual([]);
  });
});
