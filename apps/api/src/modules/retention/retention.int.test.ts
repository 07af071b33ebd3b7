import { describe, expect, it } from 'vitest';
import { useOwnerDb } from '../../../test/owner-db.js';
import { allocated, createDraft, step, type ReferralRef } from '../../../test/referral-steps.js';
import { useFixture } from '../../../test/session-fixture.js';
import { LEGAL_HOLD } from '../../../test/legal-hold.js';
import { REMOVED } from './retention.repository.js';

const f = useFixture();
const db = useOwnerDb(f);

/** A referral allocated to the advocate, then closed with a reason that names the victim. */
async function closed(): Promise<ReferralRef> {
  const referral = await allocated(f.as.officer, f.as.manager, f.tenancy);
  return step(f.as.advocate, 'closeReferral', {
    referralId: referral.id, expectedVersion: referral.version, outcome: 'OTHER', reason: `Jo Test-${f.tenancy.tag} moved in with her sister`,
  });
}

/** A draft withdrawn by the police. */
async function withdrawn(): Promise<ReferralRef> {
  const draft = await createDraft(f.as.officer, f.tenancy);
  return step(f.as.officer, 'withdrawReferral', { referralId: draft.id, expectedVersion: draft.version, reason: 'Victim supported elsewhere.' });
}

const finishedMonthsAgo = (id: string, months: number) =>
  db.query(`UPDATE referrals SET finished_at = now() - make_interval(months => $2) WHERE id = $1`, [id, months]);

const stored = (id: string) =>
  db.one<{ victim: Record<string, unknown>; circumstances: string | null; closure: { reason: string } | null; status: string; anonymised_at: Date | null; reference: string }>(
    'SELECT victim, circumstances, closure, status, anonymised_at, reference FROM referrals WHERE id = $1',
    [id],
  );

describe('the retention job', () => {
  it('anonymises a referral closed longer ago than the retention period, keeping ids, status and dates, and audits it', async () => {
    const old = await closed();
    await finishedMonthsAgo(old.id, f.api.config.retentionMonths + 1);
    const run = await f.api.services.anonymiseExpiredReferrals.run();
    expect(run.anonymised).toContain(old.id);
    const row = await stored(old.id);
    expect(row.victim).toEqual({ safeContact: {} });
    expect(row.circumstances).toBeNull();
    expect(row.closure?.reason).toBe(REMOVED);
    expect(row.status).toBe('CLOSED');
    expect(row.reference).toBe(old.reference);
    expect(row.anonymised_at).not.toBeNull();
    const timeline = await db.query<{ summary: string }>('SELECT summary FROM referral_events WHERE referral_id = $1', [old.id]);
    expect(timeline.length).toBeGreaterThan(0);
    expect(timeline.every((event) => event.summary === REMOVED)).toBe(true);
    const audit = await db.query<{ action: string; actor_id: string | null; detail: unknown }>(
      `SELECT action, actor_id, detail FROM audit_events WHERE entity_id = $1 AND action = 'ANONYMISE'`,
      [old.id],
    );
    expect(audit).toEqual([{ action: 'ANONYMISE', actor_id: null, detail: { retentionMonths: f.api.config.retentionMonths } }]);
  });

  it('skips a referral under a legal hold and one finished within the period, and anonymises the held one once the hold is lifted', async () => {
    const held = await withdrawn();
    const recent = await withdrawn();
    await finishedMonthsAgo(held.id, f.api.config.retentionMonths + 6);
    await finishedMonthsAgo(recent.id, f.api.config.retentionMonths - 1);
    await f.as.supervisor.ok(LEGAL_HOLD.place, { referralId: held.id });
    const heldBefore = await stored(held.id);
    const recentBefore = await stored(recent.id);

    const run = await f.api.services.anonymiseExpiredReferrals.run();
    expect(run.anonymised).not.toContain(held.id);
    expect(run.anonymised).not.toContain(recent.id);
    expect(await stored(held.id)).toEqual(heldBefore);
    expect(await stored(recent.id)).toEqual(recentBefore);

    await f.as.supervisor.ok(LEGAL_HOLD.lift, { referralId: held.id });
    expect((await f.api.services.anonymiseExpiredReferrals.run()).anonymised).toContain(held.id);
    const actions = await db.query<{ action: string }>(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [held.id]);
    expect(actions.map((a) => a.action).filter((a) => a.endsWith('LEGAL_HOLD') || a === 'ANONYMISE')).toEqual([
      'PLACE_LEGAL_HOLD', 'LIFT_LEGAL_HOLD', 'ANONYMISE',
    ]);
  });

  it('does nothing more when run twice', async () => {
    const old = await withdrawn();
    await finishedMonthsAgo(old.id, f.api.config.retentionMonths + 2);
    expect((await f.api.services.anonymiseExpiredReferrals.run()).anonymised).toContain(old.id);
    const after = await stored(old.id);
    const second = await f.api.services.anonymiseExpiredReferrals.run();
    expect(second.anonymised).not.toContain(old.id);
    expect(await stored(old.id)).toEqual(after);
    expect(await db.count(`SELECT count(*) FROM audit_events WHERE entity_id = $1 AND action = 'ANONYMISE'`, [old.id])).toBe(1);
  });
});

