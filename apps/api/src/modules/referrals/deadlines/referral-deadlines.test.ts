import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { ReferralEntity } from '../referral.entity.js';
import { deadlinesOf, deadlineState, isOverdue } from './referral-deadlines.js';

const at = (iso: string) => new Date(iso);
const DUE = at('2026-11-11T23:59:59.999Z');

describe('deadlineState', () => {
  it('is MET when it was met on or before the due time', () => {
    expect(deadlineState(DUE, at('2026-11-10T09:00:00Z'), false, at('2026-12-01T00:00:00Z'))?.state).toBe('MET');
    expect(deadlineState(DUE, DUE, false, at('2026-12-01T00:00:00Z'))?.state).toBe('MET');
  });

  it('is MISSED (met late) when it was met after the due time, even once the referral is finished', () => {
    const late = at('2026-11-12T08:00:00Z');
    expect(deadlineState(DUE, late, false, at('2026-11-12T09:00:00Z'))).toMatchObject({ state: 'MISSED', dueAt: DUE, metAt: late });
    expect(deadlineState(DUE, late, true, at('2026-11-12T09:00:00Z'))?.state).toBe('MISSED');
  });

  it('is DUE until the due time has passed, and OVERDUE after', () => {
    expect(deadlineState(DUE, null, false, at('2026-11-10T12:00:00Z'))).toMatchObject({ state: 'DUE', metAt: null });
    expect(deadlineState(DUE, null, false, DUE)?.state).toBe('DUE');
    expect(deadlineState(DUE, null, false, at('2026-11-12T00:00:00Z'))?.state).toBe('OVERDUE');
  });

  it('no longer matters when the referral finished before it was met', () => {
    expect(deadlineState(DUE, null, true, at('2026-11-12T00:00:00Z'))).toBeNull();
  });
});

describe('deadlinesOf a referral', () => {
  const referral = (changes: Partial<ReferralEntity>) =>
    ({
      status: 'DRAFT',
      referralSentDueAt: DUE,
      submittedAt: null,
      acceptanceDueAt: null,
      decidedAt: null,
      firstContactDueAt: null,
      firstContactAt: null,
      ...changes,
    }) as ReferralEntity;

  it('shows only the deadlines that have started, and a late one is overdue', () => {
    const draft = deadlinesOf(referral({}), at('2026-11-12T10:00:00Z'));
    expect(draft).toMatchObject({ referralSent: { state: 'OVERDUE' }, acceptance: null, firstContact: null });
    expect(isOverdue(draft)).toBe(true);

    const sent = deadlinesOf(
      referral({ status: 'SUBMITTED', submittedAt: at('2026-11-10T10:00:00Z'), acceptanceDueAt: at('2026-11-11T23:59:59.999Z') }),
      at('2026-11-11T10:00:00Z'),
    );
    expect(sent).toMatchObject({ referralSent: { state: 'MET' }, acceptance: { state: 'DUE' }, firstContact: null });
    expect(isOverdue(sent)).toBe(false);
  });

  it('marks the sending deadline of a draft withdrawn after it passed as missed, and nothing as overdue', () => {
    const withdrawn = deadlinesOf(referral({ status: 'WITHDRAWN' }), at('2026-11-20T10:00:00Z'));
    expect(withdrawn.referralSent.state).toBe('MISSED');
    expect(isOverdue(withdrawn)).toBe(false);
  });
});
