import { createHmac } from 'node:crypto';
import type { AuditKey } from '../../config-parsers.js';
import type { Config } from '../../config.js';

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

/** HMAC-SHA256 of `message` under `key`, as 64 hex characters. */
export function auditMac(key: AuditKey, message: string): string {
  return createHmac('sha256', key.secret).update(message, 'utf8').digest('hex');
}
