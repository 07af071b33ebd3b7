import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { useFixture } from '../../../test/session-fixture.js';
import { mutations, submitted, allocated } from '../../../test/referral-steps.js';
import { graphql } from '../../../test/gql/gql.js';

const f = useFixture({ RUN_WORKER: 'true' });
const NOTIFICATIONS = graphql(`query SentNotifications($id: ID!) { referral(id: $id) { notifications { kind state recipientHint } } }`);

async function outbox(referralId: string) {
  const client = new pg.Client({ connectionString: f.api.ownerUrl });
  await client.connect();
  try {
    return (await client.query<{ kind: string; state: string; sealed_payload: string | null }>('SELECT kind, state, sealed_payload FROM notifications WHERE referral_id = $1', [referralId])).rows;
  } finally {
    await client.end();
  }
}

// One worker serves the queue every test file fills, so a message may wait behind other files' messages.
describe('notifications', { timeout: 90_000 }, () => {
  it('tells the service about a new referral once, with no case content', async () => {
    const referral = await submitted(f.as.officer, f.tenancy);
    await vi.waitFor(() => expect(f.api.notify.messages.some((m) => m.reference === `NEW_REFERRAL:${referral.id}`)).toBe(true), { timeout: 60_000, interval: 200 });
    const sent = f.api.notify.messages.filter((m) => m.reference === `NEW_REFERRAL:${referral.id}`);
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toBe('test@example.test');
    expect(sent[0].body).not.toContain(referral.reference);
    expect(sent[0].body).not.toContain(f.tenancy.tag);
    // The stub answers before the worker records the delivery.
    await vi.waitFor(async () => expect(await outbox(referral.id)).toEqual([{ kind: 'NEW_REFERRAL', state: 'SENT', sealed_payload: null }]), {
      timeout: 5_000,
      interval: 100,
    });
    const view = await f.as.officer.ok(NOTIFICATIONS, { id: referral.id });
    expect(view.referral!.notifications).toEqual([{ kind: 'NEW_REFERRAL', state: 'SENT', recipientHint: 't•••@example.test' }]);
  });

  it('tells the officer about an urgent update', async () => {
    const referral = await allocated(f.as.officer, f.as.manager, f.tenancy);
    const update = (
      await f.as.advocate.ok(mutations.postSafeguardingUpdate, {
        input: {
          referralId: referral.id,
          expectedVersion: referral.version,
          idempotencyKey: crypto.randomUUID(),
          kind: 'NEW_INCIDENT',
          text: 'He was outside her house.',
          needsPoliceAction: true,
          visibleToVictim: false,
        },
      })
    ).postSafeguardingUpdate;
    await vi.waitFor(() => expect(f.api.notify.messages.some((m) => m.reference === `URGENT_UPDATE:${update.id}`)).toBe(true), { timeout: 60_000, interval: 200 });
    const message = f.api.notify.messages.find((m) => m.reference === `URGENT_UPDATE:${update.id}`)!;
    expect(message.to).toBe(f.tenancy.users.officer.email);
    expect(message.body).not.toContain('outside her house');
  });

  it('sends the victim link by text message without the access code or case details', async () => {
    const referral = await submitted(f.as.officer, f.tenancy);
    const issued = (await f.as.officer.ok(mutations.issueVictimLink, { input: { referralId: referral.id, sendBy: 'SMS' } })).issueVictimLink;
    await vi.waitFor(() => expect(f.api.notify.messages.some((m) => m.type === 'sms' && m.body.includes(issued.url))).toBe(true), { timeout: 60_000, interval: 200 });
    const sms = f.api.notify.messages.find((m) => m.type === 'sms' && m.body.includes(issued.url))!;
    expect(sms.to).toBe('07700 900123');
    expect(sms.body).toBe(`You have a message about your support. Open: ${issued.url}`);
    expect(sms.body).not.toContain(issued.accessCode);
    await vi.waitFor(
      async () => expect((await outbox(referral.id)).find((r) => r.kind === 'VICTIM_LINK')).toEqual({ kind: 'VICTIM_LINK', state: 'SENT', sealed_payload: null }),
      { timeout: 5_000, interval: 100 },
    );
  });

  it('refuses to e-mail a link to a victim with no safe e-mail address, and sends nothing', async () => {
    const referral = await submitted(f.as.officer, f.tenancy);
    const error = await f.as.officer.fails(mutations.issueVictimLink, { input: { referralId: referral.id, sendBy: 'EMAIL' } });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields[0].field).toBe('sendBy');
    expect((await outbox(referral.id)).filter((r) => r.kind === 'VICTIM_LINK')).toEqual([]);
  });
});
