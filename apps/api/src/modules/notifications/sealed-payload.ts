import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Keyring } from '../../common/keys/keys.js';

/**
 * Addresses and message details wait in the outbox encrypted (AES-256-GCM under the `notification-payload`
 * key of the keyring, see `common/keys/keys.ts`), and are cleared once sent, so a database copy does not hold
 * a victim's link or phone number. Sealed with the newest key; opened with any key of the keyring, so
 * messages queued before a rotation are still sent.
 */
export class PayloadSealer {
  private readonly keys: readonly Buffer[];

  constructor(keyring: Keyring) {
    this.keys = keyring.deriveKeys('notification-payload');
  }

  /** `iv.tag.ciphertext`, each base64url. */
  seal(payload: unknown): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys[0], iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
  }

  /**
   * The payload sealed by `seal` with any key of the keyring.
   * @throws Error when no key opens it (altered, or sealed under a master secret no longer configured).
   */
  open<T>(sealed: string): T {
    const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
    for (const key of this.keys) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv);
        decipher.setAuthTag(tag);
        return JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')) as T;
      } catch {
        // Not this key: try the next (older) one.
      }
    }
    throw new Error('The sealed payload opens with no configured key');
  }
}
