import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { useFixture } from '../../../test/session-fixture.js';
import { mutations, submitted, allocated, createDraft, draftInput, screen, consent, orderConsidered, step } from '../../../test/referral-steps.js';
import type { LogCapture } from '../../../test/test-api.js';
import { graphql } from '../../../test/gql/gql.js';

const logs: LogCapture = { lines: [] };
const f = useFixture({ RUN_WORKER: 'true' }, logs);
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

/** The victim-link text of a referral: its outbox state and attempts, and its delivery job's state in pg-boss. */
async function victimLinkDelivery(referralId: string) {
  const client = new pg.Client({ connectionString: f.api.ownerUrl });
  await client.connect();
  try {
    const rows = await client.query<{ state: string; attempts: number; job: string | null }>(
      `SELECT n.state, n.attempts, (SELECT j.state::text FROM pgboss.job j WHERE j.name = 'notifications' AND j.data->>'notificationId' = n.id::text) AS job
       FROM notifications n WHERE n.referral_id = $1 AND n.kind = 'VICTIM_LINK'`,
      [referralId],
    );
    return rows.rows[0];
  } finally {
    await client.end();
  }
}

/** A sent referral whose victim's safe number is `phone`. */
async function submittedWithPhone(phone: string) {
  const victim = draftInput(f.tenancy).victim;
  const draft = await createDraft(f.as.officer, f.tenancy, { victim: { ...victim, safeContact: { ...victim.safeContact, phone } } });
  const ready = await orderConsidered(f.as.officer, await consent(f.as.officer, await screen(f.as.officer, draft), f.tenancy.service.id));
  return step(f.as.officer, 'submitReferral', { referralId: ready.id, expectedVersion: ready.version, partnerServiceId: f.tenancy.service.id });
}

const issueTextLink = (referralId: string) => f.as.officer.ok(mutations.issueVictimLink, { input: { referralId, sendBy: 'SMS' } });
const textsTo = (phone: string) => f.api.notify.messages.filter((m) => m.type === 'sms' && m.to === phone);

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

  it('delivers the other texts of a batch while one recipient keeps failing, and retries only the failing one', async () => {
    const [failing, first, second] = ['07700 900201', '07700 900202', '07700 900203'];
    f.api.notify.failures.set(failing, 500);
    const referrals = await Promise.all([failing, first, second].map((phone) => submittedWithPhone(phone)));
    await Promise.all(referrals.map((r) => issueTextLink(r.id)));
    await vi.waitFor(async () => expect((await victimLinkDelivery(referrals[0].id)).job).toBe('retry'), { timeout: 60_000, interval: 200 });
    await vi.waitFor(async () => expect((await victimLinkDelivery(referrals[1].id)).job).toBe('completed'), { timeout: 60_000, interval: 200 });
    await vi.waitFor(async () => expect((await victimLinkDelivery(referrals[2].id)).job).toBe('completed'), { timeout: 60_000, interval: 200 });
    // The failing text waits for its own retry; the others were delivered and their jobs completed.
    expect(await victimLinkDelivery(referrals[0].id)).toEqual({ state: 'QUEUED', attempts: 1, job: 'retry' });
    expect(await victimLinkDelivery(referrals[1].id)).toEqual({ state: 'SENT', attempts: 1, job: 'completed' });
    expect(await victimLinkDelivery(referrals[2].id)).toEqual({ state: 'SENT', attempts: 1, job: 'completed' });
    expect(textsTo(failing)).toHaveLength(0);
    expect(textsTo(first)).toHaveLength(1);
    expect(textsTo(second)).toHaveLength(1);
  });

  it('marks a text Notify refuses as failed for good, shows it to staff, raises an alert and never retries it', async () => {
    const wrongNumber = '07700 900204';
    f.api.notify.failures.set(wrongNumber, 400);
    const referral = await submittedWithPhone(wrongNumber);
    await issueTextLink(referral.id);
    await vi.waitFor(async () => expect((await victimLinkDelivery(referral.id)).state).toBe('FAILED'), { timeout: 60_000, interval: 200 });
    await vi.waitFor(async () => expect((await victimLinkDelivery(referral.id)).job).toBe('completed'), { timeout: 5_000, interval: 100 });
    expect(await victimLinkDelivery(referral.id)).toEqual({ state: 'FAILED', attempts: 1, job: 'completed' });
    expect((await outbox(referral.id)).find((r) => r.kind === 'VICTIM_LINK')!.sealed_payload).toBeNull();
    const view = await f.as.officer.ok(NOTIFICATIONS, { id: referral.id });
    const shown = view.referral!.notifications.find((n) => n.kind === 'VICTIM_LINK');
    expect(shown?.state).toBe('FAILED');
    expect(shown?.recipientHint).toContain('204');
    const alerts = logs.lines.filter((line) => line.includes('"alert":"NOTIFICATION_FAILED"'));
    expect(alerts.length).toBeGreaterThan(0);
    for (const line of alerts) expect(line).not.toContain(wrongNumber);
    expect(textsTo(wrongNumber)).toHaveLength(0);
  });

  it('does not send a text again when Notify already holds it from an attempt whose answer was lost', async () => {
    const phone = '07700 900205';
    const referral = await submittedWithPhone(phone);
    // Notify took the message, but the answer never reached the worker: the row stays QUEUED with an attempt counted.
    f.api.notify.failures.set(phone, 500);
    await issueTextLink(referral.id);
    await vi.waitFor(async () => expect((await victimLinkDelivery(referral.id)).attempts).toBe(1), { timeout: 60_000, interval: 200 });
    const client = new pg.Client({ connectionString: f.api.ownerUrl });
    await client.connect();
    const { rows } = await client.query<{ id: string; reference: string }>(`SELECT id, reference FROM notifications WHERE referral_id = $1 AND kind = 'VICTIM_LINK'`, [referral.id]);
    await client.end();
    f.api.notify.messages.push({ id: crypto.randomUUID(), type: 'sms', templateId: 't', to: phone, reference: rows[0].reference, personalisation: {}, body: '', createdAt: new Date().toISOString() });
    f.api.notify.failures.delete(phone);
    // pg-boss retries the job after its delay; the worker finds the message by reference instead of sending it.
    await vi.waitFor(async () => expect((await victimLinkDelivery(referral.id)).state).toBe('SENT'), { timeout: 60_000, interval: 500 });
    expect(await victimLinkDelivery(referral.id)).toMatchObject({ state: 'SENT', attempts: 2 });
    expect(textsTo(phone)).toHaveLength(1);
  }, 90_000);
});
