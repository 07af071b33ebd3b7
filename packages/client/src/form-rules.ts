import { isDateEmpty, londonDate, toIsoDate } from '@lantern/ui/dates';
import type { DateParts } from '@lantern/ui/date-input';
import { LIMITS } from '@lantern/schema/limits';
import type { FormError } from './form-errors';

/**
 * Small validators that return GOV.UK-style messages. Each pushes into `errors` and returns whether the
 * value passed, so forms read as a list of rules.
 */
export class Rules {
  /** The problems found so far, in the order the rules ran (the page's order). */
  readonly errors: FormError[] = [];

  add(field: string | undefined, message: string): false {
    this.errors.push({ field, message });
    return false;
  }

  required(field: string, value: string, message: string): boolean {
    return value.trim() === '' ? this.add(field, message) : true;
  }

  maxLength(field: string, value: string, max: number, name: string): boolean {
    return value.length > max ? this.add(field, `${name} must be ${max} characters or fewer`) : true;
  }

  chosen(field: string, value: string | readonly string[], message: string): boolean {
    const empty = typeof value === 'string' ? value === '' : value.length === 0;
    return empty ? this.add(field, message) : true;
  }

  phone(field: string, value: string, name: string): boolean {
    if (value.trim() === '') return true;
    if (!LIMITS.phone.pattern.test(value.trim())) {
      return this.add(field, `Enter ${name} in the correct format, like 07700 900 982 or +44 7700 900 982`);
    }
    return true;
  }

  email(field: string, value: string, name: string): boolean {
    if (value.trim() === '') return true;
    if (value.length > LIMITS.email.max || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())) {
      return this.add(field, `Enter ${name} in the correct format, like name@example.com`);
    }
    return true;
  }

  /**
   * A GOV.UK date input: `required` decides whether a blank date is an error. Returns the `yyyy-mm-dd`
   * date, or null when blank or invalid.
   */
  date(field: string, value: DateParts, name: string, options: { required?: boolean; notInFuture?: boolean; notInPast?: boolean } = {}): string | null {
    const { required = false, notInFuture = false, notInPast = false } = options;
    const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
    if (isDateEmpty(value)) {
      if (required) this.add(field, `Enter ${name}`);
      return null;
    }
    const missing = (['day', 'month', 'year'] as const).filter((part) => value[part].trim() === '');
    if (missing.length > 0) {
      this.add(field, `${capitalised} must include a ${missing.join(' and ')}`);
      return null;
    }
    const iso = toIsoDate(value);
    if (!iso) {
      this.add(field, `${capitalised} must be a real date`);
      return null;
    }
    const today = londonDate(new Date());
    if (notInFuture && iso > today) {
      this.add(field, `${capitalised} must be today or in the past`);
      return null;
    }
    if (notInPast && iso < today) {
      this.add(field, `${capitalised} must be today or in the future`);
      return null;
    }
    return iso;
  }
}

/** "14:30" or "9:05" (24-hour clock) to [hours, minutes]; null when not a time. */
export function parseTime(value: string): [number, number] | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return [hours, minutes];
}

/** Trimmed text, or null when blank: the API stores "nothing" as null, not as "". */
export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A yes/no answer as a radio value: '' while unanswered. */
export function yesNo(value: boolean | null | undefined): '' | 'yes' | 'no' {
  return value == null ? '' : value ? 'yes' : 'no';
}
