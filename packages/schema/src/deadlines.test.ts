import { describe, expect, it } from 'vitest';
import {
  CURRENT_DEADLINE_BY_STATUS,
  currentDeadline,
  DEADLINE_FIELDS,
  DEADLINE_KINDS,
  DEADLINE_LABELS,
  type DeadlineField,
  type DeadlineState,
} from './deadlines.js';
import { REFERRAL_STATUSES, type ReferralStatus } from './referral-status.js';

interface Deadline {
  dueAt: string;
  state: DeadlineState;
}

const deadlines: Record<DeadlineField, Deadline> = {
  referralSent: { dueAt: '2026-06-04', state: 'MET' },
  acceptance: { dueAt: '2026-06-05', state: 'DUE' },
  firstContact: { dueAt: '2026-06-09', state: 'OVERDUE' },
};

describe('the current deadline', () => {
  it.each([
    ['DRAFT', 'REFERRAL_SENT', 'Send'],
    ['SUBMITTED', 'ACCEPTANCE', 'Service to accept'],
    ['ACCEPTED', 'FIRST_CONTACT', 'First contact'],
    ['ALLOCATED', 'FIRST_CONTACT', 'First contact'],
  ] as const)('of a referral in %s is %s ("%s")', (status, kind, label) => {
    expect(currentDeadline(status, deadlines)).toEqual({ kind, label, deadline: deadlines[DEADLINE_FIELDS[kind]] });
  });

  it.each(['IN_CONTACT', 'DECLINED', 'CLOSED', 'WITHDRAWN'] as const)('of a referral in %s is none', (status) => {
    expect(currentDeadline(status, deadlines)).toBeNull();
  });

  it('is none while the deadline that would be current has not started', () => {
    expect(currentDeadline('SUBMITTED', { ...deadlines, acceptance: null })).toBeNull();
    expect(currentDeadline('ACCEPTED', { referralSent: deadlines.referralSent })).toBeNull();
  });

  it('is chosen by status alone, whatever the state of the deadline', () => {
    const met = { ...deadlines, acceptance: { dueAt: '2026-06-05', state: 'MET' as const } };
    expect(currentDeadline('SUBMITTED', met)?.deadline.state).toBe('MET');
  });

  it('is decided for every status, and each kind has a label and a field', () => {
    const decided: ReferralStatus[] = REFERRAL_STATUSES.filter((status) => status in CURRENT_DEADLINE_BY_STATUS);
    expect(decided).toEqual(['DRAFT', 'SUBMITTED', 'ACCEPTED', 'ALLOCATED']);
    for (const kind of DEADLINE_KINDS) expect(DEADLINE_LABELS[kind]).toMatch(/\w/);
    expect(Object.values(DEADLINE_FIELDS)).toEqual(['referralSent', 'acceptance', 'firstContact']);
  });
});
