/** Field limits, enforced by the API's input validation and mirrored by the apps' forms. */
export const LIMITS = {
  crimeReference: { max: 30, pattern: /^[A-Za-z0-9][A-Za-z0-9/\- ]*$/ },
  name: { max: 100 },
  shortText: { max: 200 },
  note: { max: 2000 },
  longText: { max: 5000 },
  phone: { max: 20, pattern: /^\+?[0-9 ()-]{7,20}$/ },
  email: { max: 254 },
  accessCode: { length: 6 },
  pageSize: { default: 25, max: 100 },
  search: { max: 100 },
  idempotencyKey: { min: 8, max: 100 },
} as const;

/** How many wrong access codes lock a victim link. */
export const VICTIM_LINK_MAX_ATTEMPTS = 5;
/** How long an issued victim link stays valid. */
export const VICTIM_LINK_VALID_DAYS = 28;
/**
 * The earliest date of birth accepted (yyyy-mm-dd): anything before is a typing slip such as year 0000 or
 * 0198, not a living victim.
 */
export const EARLIEST_DATE_OF_BIRTH = '1900-01-01';
