import Holidays from 'date-holidays';
import { TZDate } from '@date-fns/tz';
import { addDays, endOfDay, format, isWeekend } from 'date-fns';

const LONDON = 'Europe/London';
/** England and Wales share their bank holidays; the data comes from a maintained calendar library. */
const englandAndWales = new Holidays('GB', 'ENG');
const cache = new Map<number, Set<string>>();

function bankHolidays(year: number): Set<string> {
  let days = cache.get(year);
  if (!days) {
    days = new Set(
      englandAndWales
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    cache.set(year, days);
  }
  return days;
}

/** True when the London calendar day of `day` is a weekday and not a bank holiday in England and Wales. */
export function isWorkingDay(day: Date): boolean {
  const london = new TZDate(day, LONDON);
  if (isWeekend(london)) return false;
  return !bankHolidays(london.getFullYear()).has(format(london, 'yyyy-MM-dd'));
}

/**
 * The end (23:59:59.999 London time) of the `count`th working day after the day of `from`. A deadline of
 * "2 working days" from a Friday report ends on Tuesday night.
 */
export function addWorkingDays(from: Date, count: number): Date {
  let day = new TZDate(from, LONDON);
  let remaining = count;
  while (remaining > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) remaining -= 1;
  }
  return new Date(endOfDay(day).getTime());
}
