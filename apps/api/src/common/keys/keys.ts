import { createHmac, hkdfSync } from 'node:crypto';

/**
 * Every key Lantern uses is derived from the configured master secrets (`MASTER_SECRETS`, newest first) with
 * HKDF-SHA-256 (RFC 5869), one `info` label per purpose, so no secret is ever used raw or for two purposes.
 * Rotation: a new master secret is put first; keys from the older ones still verify and open what they made
 * (session cookies, sealed payloads) until the older secret is removed. See docs/adr/0016.
 */

/** What a key is for. Each purpose has its own HKDF `info` label, written once here. */
export type KeyPurpose = 'session-cookie' | 'notification-payload' | 'audit-chain' | 'rate-limit-key';

/** The HKDF `info` label of each purpose. Changing one changes every key of that purpose (a rotation). */
export const KEY_LABELS: Readonly<Record<KeyPurpose, string>> = Object.freeze({
  'session-cookie': 'lantern/v1/session-cookie-signing',
  'notification-payload': 'lantern/v1/notification-payload-sealing',
  'audit-chain': 'lantern/v1/audit-chain',
  'rate-limit-key': 'lantern/v1/rate-limit-stored-key',
});

/** The fixed HKDF salt: the master secrets are already random, so a public salt only separates Lantern's keys. */
const SALT = 'lantern-key-derivation';
/** Bytes per derived key (256 bits). */
const KEY_BYTES = 32;

/** One purpose's 32-byte key from one master secret. */
export function deriveKeyFrom(masterSecret: string, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', masterSecret, SALT, KEY_LABELS[purpose], KEY_BYTES));
}

/**
 * The keys of every purpose, derived from the master secrets (newest first).
 * @throws Error when no master secret is given.
 */
export class Keyring {
  private readonly keys = new Map<KeyPurpose, readonly Buffer[]>();

  constructor(private readonly masterSecrets: readonly string[]) {
    if (masterSecrets.length === 0) throw new Error('A keyring needs at least one master secret');
  }

  /** The key new material is made with for `purpose`: derived from the newest master secret (32 bytes). */
  deriveKey(purpose: KeyPurpose): Buffer {
    return this.deriveKeys(purpose)[0];
  }

  /** Every key that may have made existing material for `purpose`, newest first (one per master secret). */
  deriveKeys(purpose: KeyPurpose): readonly Buffer[] {
    let keys = this.keys.get(purpose);
    if (!keys) {
      keys = Object.freeze(this.masterSecrets.map((secret) => deriveKeyFrom(secret, purpose)));
      this.keys.set(purpose, keys);
    }
    return keys;
  }

  /** HMAC-SHA-256 of `text` under the purpose's newest key, hex: a stable pseudonym that cannot be reversed by guessing. */
  keyedHash(purpose: KeyPurpose, text: string): string {
    return createHmac('sha256', this.deriveKey(purpose)).update(text).digest('hex');
  }
}
