import type { DateParts } from './date-input';

/**
 * Date helpers for GOV.UK date inputs and for showing dates the GOV.UK way ("4 June 2026", "4 June 2026 at 2:30pm").
 * All formatting uses the Europe/London time zone.
 */

const TIME_ZONE = 'Europe/London';

/** True when no part has been typed. */
export function isDateEmpty(value: DateParts): boolean {
  return value.day.trim() === '' && value.month.trim() === '' && value.year.trim() === '';
}

/** `yyyy-mm-dd` for a complete, real calendar date; `null` otherwise. */
export function toIsoDate(value: DateParts): string | null {
  const day = Number(value.day.trim());
  const month = Number(value.month.trim());
  const year = Number(value.year.trim());
  if (!/^\d{1,2}$/.test(value.day.trim()) || !/^\d{1,2}$/.test(value.month.trim()) || !/^\d{4}$/.test(value.year.trim())) {
    return null;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Date input parts from `yyyy-mm-dd` (or an ISO date-time, using its London calendar date). */
export function fromIsoDate(iso: string | null | undefined): DateParts {
  if (!iso) return { day: '', month: '', year: '' };
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : londonDate(iso);
  const [year, month, day] = dateOnly.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** The London calendar date (`yyyy-mm-dd`) of an instant. */
export function londonDate(isoDateTime: string | Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(isoDateTime));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** "4 June 2026" (or "4 Jun 2026" with `short`, for tables) from `yyyy-mm-dd` or an ISO date-time. */
export function formatDate(iso: string | null | undefined, short = false): string {
  if (!iso) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: 'numeric', month: short ? 'short' : 'long', year: 'numeric' }).format(date);
}

/** "2:30pm" (GOV.UK style: 12-hour clock, lower-case am/pm, "midday" and "midnight"). */
export function formatTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: 'numeric', minute: '2-digit', hourCycle: 'h12' })
    .formatToParts(new Date(iso));
  const hour = parts.find((part) => part.type === 'hour')?.value ?? '';
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
  const period = (parts.find((part) => part.type === 'dayPeriod')?.value ?? '').toLowerCase().replace(/\./g, '').replace(/\s/g, '');
  if (hour === '12' && minute === '00') return period === 'am' ? 'midnight' : 'midday';
  return `${hour}:${minute}${period}`;
}

/** "4 June 2026 at 2:30pm". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return `${formatDate(iso)} at ${formatTime(iso)}`;
}
