import { isUUID } from 'class-validator';
import { isIP } from 'node:net';

/**
 * The parsers of the table of variables (`config-variables.ts`): each turns a variable's text into its value,
 * and says in words what it accepts, for error messages and the generated docs.
 */

/** The outcome of reading one variable's text. A reason never repeats the text, which may be a secret. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** Turns a variable's text into its value. `format` says in words what it accepts, for messages and docs. */
export interface Parser<T> {
  readonly format: string;
  parse(text: string): Parsed<T>;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const refuse = (reason: string): Parsed<never> => ({ ok: false, reason });

/** Any text (an empty value counts as not set). */
export const text: Parser<string> = { format: 'any text', parse: ok };

/** Text of at least `length` characters, e.g. a signing secret. */
export function textOfAtLeast(length: number): Parser<string> {
  const format = `at least ${length} characters`;
  return { format, parse: (value) => (value.length >= length ? ok(value) : refuse(`must be ${format}`)) };
}

/** A whole number above zero, e.g. minutes or attempts. */
export const positiveWholeNumber: Parser<number> = {
  format: 'a whole number above zero',
  parse(value) {
    const number = Number(value);
    return Number.isSafeInteger(number) && number > 0 ? ok(number) : refuse('must be a whole number above zero');
  },
};

/** A TCP port, 1 to 65535. */
export const port: Parser<number> = {
  format: 'a port number (1 to 65535)',
  parse(value) {
    const number = Number(value);
    return Number.isInteger(number) && number >= 1 && number <= 65535 ? ok(number) : refuse('must be a port number (1 to 65535)');
  },
};

/** Exactly `true` or `false`. */
export const trueOrFalse: Parser<boolean> = {
  format: '`true` or `false`',
  parse: (value) => (value === 'true' ? ok(true) : value === 'false' ? ok(false) : refuse('must be true or false')),
};

/** One of a fixed list of words. */
export function oneOf<const W extends string>(words: readonly W[]): Parser<W> {
  const format = `one of ${words.map((word) => `\`${word}\``).join(', ')}`;
  return { format, parse: (value) => ((words as readonly string[]).includes(value) ? ok(value as W) : refuse(`must be ${format}`)) };
}

/** An absolute URL with one of the given schemes (as WHATWG `URL` parses it). */
export function url(schemes: readonly string[]): Parser<string> {
  const format = `a URL starting ${schemes.map((scheme) => `\`${scheme}://\``).join(' or ')}`;
  return {
    format,
    parse(value) {
      if (!URL.canParse(value)) return refuse(`must be ${format}`);
      return schemes.includes(new URL(value).protocol.slice(0, -1)) ? ok(value) : refuse(`must be ${format}`);
    },
  };
}

/** A GOV.UK Notify template id (a UUID, as Notify shows it on the template's page). */
export const templateId: Parser<string> = {
  format: 'a UUID (the template id Notify shows)',
  parse: (value) => (isUUID(value) ? ok(value) : refuse('must be a UUID (the template id Notify shows)')),
};

/**
 * A GOV.UK Notify API key: the key's name, then the service id and the secret, both UUIDs, joined by hyphens
 * (Notify's client reads the last 73 characters this way).
 */
export const notifyApiKey: Parser<string> = {
  format: 'a Notify API key (name-serviceid-secret)',
  parse(value) {
    const ids = value.slice(-73);
    const wellFormed = value.length > 74 && value.at(-74) === '-' && isUUID(ids.slice(0, 36)) && ids[36] === '-' && isUUID(ids.slice(37));
    return wellFormed ? ok(value) : refuse('must be a Notify API key: its name, then the service id and the secret key');
  },
};

/** One audit signing key: its id (recorded with every event and checkpoint it signs) and its secret. */
export interface AuditKey {
  readonly id: string;
  readonly secret: string;
}

/**
 * Audit signing keys, `id:secret` separated by commas: the first signs, the others only verify (rotation).
 * Ids are 1 to 32 letters, digits, `-` or `_`; secrets at least 32 characters; ids unique.
 */
const AUDIT_KEYS_FORMAT = '`id:secret` pairs separated by commas (the first signs); ids of letters, digits, - or _; secrets of at least 32 characters';
export const auditKeys: Parser<readonly AuditKey[]> = {
  format: AUDIT_KEYS_FORMAT,
  parse(value) {
    const keys = value.split(',').map((pair) => {
      const at = pair.indexOf(':');
      return { id: pair.slice(0, at), secret: pair.slice(at + 1) };
    });
    const valid = keys.every((key) => /^[A-Za-z0-9_-]{1,32}$/.test(key.id) && key.secret.length >= 32);
    const unique = new Set(keys.map((key) => key.id)).size === keys.length;
    return valid && unique ? ok(Object.freeze(keys)) : refuse(`must be ${AUDIT_KEYS_FORMAT}`);
  },
};

/**
 * One secret or several, separated by commas or white space, each of at least `length` characters (a key
 * rotation lists the new secret first). At most 3: the current one and those still being retired.
 */
export function secretList(length: number): Parser<readonly string[]> {
  const format = `one to three secrets of at least ${length} characters, newest first, separated by commas`;
  return {
    format,
    parse(value) {
      const secrets = value.split(/[\s,]+/).filter(Boolean);
      if (secrets.length === 0 || secrets.length > 3 || secrets.some((secret) => secret.length < length)) return refuse(`must be ${format}`);
      if (new Set(secrets).size !== secrets.length) return refuse('must not list the same secret twice');
      return ok(Object.freeze(secrets));
    },
  };
}

/** Words Express (proxy-addr) accepts for groups of addresses. */
const PROXY_GROUPS = ['loopback', 'linklocal', 'uniquelocal'];

/** An IPv4 or IPv6 address, optionally with a /prefix length (CIDR). */
function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * The proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed: addresses, CIDR ranges or
 * `loopback`/`linklocal`/`uniquelocal`, separated by commas; `none` trusts no proxy. Never `true` (trusting
 * any hop lets a client name its own address and get a fresh per-address limit).
 */
export const proxyList: Parser<readonly string[]> = {
  format: 'addresses or CIDR ranges of the proxies (or `loopback`, `linklocal`, `uniquelocal`), separated by commas, or `none`',
  parse(value) {
    if (value.trim() === 'none') return ok(Object.freeze([]));
    const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
    const valid = entries.length > 0 && entries.every((entry) => PROXY_GROUPS.includes(entry) || isAddressOrRange(entry));
    return valid ? ok(Object.freeze(entries)) : refuse('must list the addresses or CIDR ranges of the trusted proxies (or `none`), never `true`');
  },
};
