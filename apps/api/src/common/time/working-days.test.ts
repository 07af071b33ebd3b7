import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from './working-days.js';

const london = (iso: string) => new Date(iso);

describe('working days in England and Wales', () => {
  it('counts Monday to Friday', () => {
    // Monday 9 November 2026, 10:00 -> end of Wednesday 11 November (London, GMT).
    expect(addWorkingDays(london('2026-11-09T10:00:00Z'), 2).toISOString()).toBe('2026-11-11T23:59:59.999Z');
  });

  it('skips the weekend', () => {
    // Friday 13 November 2026 -> Tuesday 17 November.
    expect(addWorkingDays(london('2026-11-13T16:00:00Z'), 2).toISOString()).toBe('2026-11-17T23:59:59.999Z');
  });

  it('skips Christmas, Boxing Day and its substitute day', () => {
    // Thursday 24 December 2026 -> Friday 25 (holiday), Monday 28 (Boxing Day substitute) -> Tuesday 29, Wednesday 30.
    expect(addWorkingDays(london('2026-12-24T09:00:00Z'), 2).toISOString()).toBe('2026-12-30T23:59:59.999Z');
    expect(isWorkingDay(london('2026-12-28T12:00:00Z'))).toBe(false);
  });

  it('skips Easter', () => {
    // Thursday 2 April 2026 -> Good Friday 3rd and Easter Monday 6th are holidays -> Tuesday 7 April.
    expect(addWorkingDays(london('2026-04-02T09:00:00Z'), 1).toISOString()).toBe('2026-04-07T22:59:59.999Z');
  });

  it('uses the London day, not the UTC day, in summer time', () => {
    // 23:30 UTC on Friday 5 June 2026 is already Saturday 6 June in London -> the next working day is Monday 8 June.
    expect(addWorkingDays(london('2026-06-05T23:30:00Z'), 1).toISOString()).toBe('2026-06-08T22:59:59.999Z');
  });

  it('treats a weekday that is not a holiday as a working day', () => {
    expect(isWorkingDay(london('2026-11-30T12:00:00Z'))).toBe(true);
    expect(isWorkingDay(london('2026-11-28T12:00:00Z'))).toBe(false);
  });
});
