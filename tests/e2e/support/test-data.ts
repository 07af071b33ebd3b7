import { randomBytes } from 'node:crypto';

/** A crime reference no other test uses, like "E2E/4F9A1C/26", so each test finds its own referral. */
export function uniqueCrimeReference(prefix = 'E2E'): string {
  return `${prefix}/${randomBytes(3).toString('hex').toUpperCase()}/${String(new Date().getFullYear()).slice(-2)}`;
}

/** A victim surname no other test uses (letters only), for searching lists. */
export function uniqueSurname(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const bytes = randomBytes(6);
  return `Test${Array.from(bytes, (byte) => letters[byte % letters.length]).join('')}`;
}

/** Today's date in London as day, month and year strings, for GOV.UK date inputs. */
export function todayParts(): { day: string; month: string; year: string } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(new Date());
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return { day: get('day'), month: get('month'), year: get('year') };
}
