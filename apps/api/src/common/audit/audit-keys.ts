import { createHmac } from 'node:crypto';
import type { AuditKey } from '../../config-parsers.js';
import type { Config } from '../../config.js';
import { deriveKeyFrom } from '../keys/keys.js';

/**
 * The keys the audit log is signed with: `signing` signs new events and checkpoints, `byId` verifies any
 * event or checkpoint by the key id it records (so a rotated-out key still verifies what it signed).
 */
export interface AuditKeyring {
  readonly signing: AuditKey;
  readonly byId: ReadonlyMap<string, AuditKey>;
}

/**
 * The audit keyring from the configuration (`AUDIT_SIGNING_KEYS`). The only place audit keys are read, so
 * a derivation from a master secret can replace it without touching the callers.
 */
export function auditKeyring(config: Pick<Config, 'auditKeys'>): AuditKeyring {
  const [signing] = config.auditKeys;
  if (!signing) throw new Error('No audit signing key configured');
  return { signing, byId: new Map(config.auditKeys.map((key) => [key.id, key])) };
}

/** Each audit secret's HMAC key, derived once (HKDF, the `audit-chain` label): the secret is never used raw. */
const derivedKeys = new WeakMap<AuditKey, Buffer>();

/**
 * HMAC-SHA256 of `message` under the key derived from `key`'s secret with HKDF (`audit-chain` purpose, see
 * common/keys/keys.ts), as 64 hex characters. The audit secrets are kept apart from MASTER_SECRETS, so whoever
 * holds the master secrets still cannot recompute the chain.
 */
export function auditMac(key: AuditKey, message: string): string {
  let derived = derivedKeys.get(key);
  if (!derived) {
    derived = deriveKeyFrom(key.secret, 'audit-chain');
    derivedKeys.set(key, derived);
  }
  return createHmac('sha256', derived).update(message, 'utf8').digest('hex');
}
