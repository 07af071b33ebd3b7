import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, fromIsoDate, isDateEmpty, toIsoDate } from './dates';
import { fieldId, itemId } from './field-ids';

describe('dates', () => {
  it('accepts only real calendar dates from a date input', () => {
    expect(toIsoDate({ day: '1', month: '3', year: '2026' })).toBe('2026-03-01');
    expect(toIsoDate({ day: '29', month: '2', year: '2024' })).toBe('2024-02-29');
    expect(toIsoDate({ day: '29', month: '2', year: '2026' })).toBeNull();
    expect(toIsoDate({ day: '1', month: '13', year: '2026' })).toBeNull();
    expect(toIsoDate({ day: 'one', month: '3', year: '2026' })).toBeNull();
    expect(toIsoDate({ day: '1', month: '3', year: '26' })).toBeNull();
    expect(isDateEmpty({ day: ' ', month: '', year: '' })).toBe(true);
  });

  it('fills a date input from an ISO date or date-time (London calendar day)', () => {
    expect(fromIsoDate('1990-03-31')).toEqual({ day: '31', month: '3', year: '1990' });
    expect(fromIsoDate('2026-06-30T23:30:00.000Z')).toEqual({ day: '1', month: '7', year: '2026' });
    expect(fromIsoDate(null)).toEqual({ day: '', month: '', year: '' });
  });

  it('formats dates and times the GOV.UK way, in London time', () => {
    expect(formatDate('2026-06-04')).toBe('4 June 2026');
    expect(formatDate('2026-06-04', true)).toBe('4 Jun 2026');
    expect(formatDateTime('2026-06-04T13:30:00.000Z')).toBe('4 June 2026 at 2:30pm');
    expect(formatDateTime('2026-01-10T12:00:00.000Z')).toBe('10 January 2026 at midday');
    expect(formatDateTime('2026-01-10T00:00:00.000Z')).toBe('10 January 2026 at midnight');
  });
});

describe('field ids', () => {
  it('follows the API input path so its messages link to the field', () => {
    expect(fieldId('victim.safeContact.phone')).toBe('victim-safeContact-phone');
    expect(fieldId('answers[3].note')).toBe('answers-3-note');
    expect(itemId('method', 0)).toBe('method');
    expect(itemId('method', 2)).toBe('method-3');
  });
});
