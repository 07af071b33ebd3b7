import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Addresses and message details wait in the outbox encrypted (AES-256-GCM, key derived from the session
 * secret), and are cleared once sent, so a database copy does not hold a victim's link or phone number.
 */
export class PayloadSealer {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHash('sha256').update(`lantern-notification-payload:${secret}`).digest();
  }

  seal(payload: unknown): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
  }

  open<T>(sealed: string): T {
    const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAuthTag(tag);
    return JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')) as T;
  }
}
