import { hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PayloadSealer } from '../../modules/notifications/sealed-payload.js';
import { deriveKeyFrom, KEY_LABELS, Keyring, type KeyPurpose } from './keys.js';

const newest = 'n'.repeat(40);
const previous = 'p'.repeat(40);
const purposes = Object.keys(KEY_LABELS) as KeyPurpose[];

describe('keys derived from the master secrets', () => {
  it('derives a different 32-byte key for each purpose, never the master secret itself', () => {
    const keys = purposes.map((purpose) => new Keyring([newest]).deriveKey(purpose).toString('hex'));
    expect(new Set(keys).size).toBe(purposes.length);
    for (const key of keys) {
      expect(key).toHaveLength(64);
      expect(Buffer.from(key, 'hex').toString('latin1')).not.toContain(newest.slice(0, 8));
    }
  });

  it('is HKDF-SHA-256 with the purpose label as info, so another implementation can derive the same key', () => {
    const expected = Buffer.from(hkdfSync('sha256', newest, 'lantern-key-derivation', KEY_LABELS['session-cookie'], 32));
    expect(deriveKeyFrom(newest, 'session-cookie').equals(expected)).toBe(true);
  });

  it('makes new material with the newest master secret and keeps every listed one for checking', () => {
    const keyring = new Keyring([newest, previous]);
    expect(keyring.deriveKey('session-cookie').equals(deriveKeyFrom(newest, 'session-cookie'))).toBe(true);
    expect(keyring.deriveKeys('session-cookie').map((key) => key.toString('hex'))).toEqual([newest, previous].map((secret) => deriveKeyFrom(secret, 'session-cookie').toString('hex')));
  });

  it('refuses an empty keyring', () => {
    expect(() => new Keyring([])).toThrow('at least one master secret');
  });

  it('gives e-mail pseudonyms that change with the master secret, so a table of hashed addresses cannot be rebuilt without it', () => {
    const address = 'officer@example.test';
    expect(new Keyring([newest]).keyedHash('rate-limit-key', address)).not.toBe(new Keyring([previous]).keyedHash('rate-limit-key', address));
    expect(new Keyring([newest]).keyedHash('rate-limit-key', address)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('sealed notification payloads across a rotation', () => {
  it('opens a payload sealed under the previous master secret while it is listed, and not once it is removed', () => {
    const sealed = new PayloadSealer(new Keyring([previous])).seal({ to: '07700 900101' });
    expect(new PayloadSealer(new Keyring([newest, previous])).open(sealed)).toEqual({ to: '07700 900101' });
    expect(() => new PayloadSealer(new Keyring([newest])).open(sealed)).toThrow('opens with no configured key');
  });

  it('refuses a payload altered after sealing', () => {
    const sealer = new PayloadSealer(new Keyring([newest]));
    const [iv, tag, body] = sealer.seal({ to: 'x' }).split('.');
    const altered = [iv, tag, Buffer.from(Buffer.from(body, 'base64url').map((byte) => byte ^ 1)).toString('base64url')].join('.');
    expect(() => sealer.open(altered)).toThrow();
  });
});
