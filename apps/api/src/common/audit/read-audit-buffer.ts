import type { AuditEntry } from './audit-entry.js';

/**
 * The audited reads of one request, written once when the response is sent (one INSERT, see
 * FlushReadAuditService) instead of one audit write per row or per nested field. The same read of the same
 * record with the same outcome is kept once per request.
 */
export class ReadAuditBuffer {
  private readonly entries = new Map<string, AuditEntry>();

  /** Adds `entry` unless the same action on the same record with the same outcome is already held. */
  add(entry: AuditEntry): void {
    const key = JSON.stringify([entry.action, entry.entityType, entry.entityId ?? null, entry.outcome ?? 'ALLOWED', entry.detail ?? null]);
    if (!this.entries.has(key)) this.entries.set(key, entry);
  }

  /** Every entry held, in the order added; the buffer is empty afterwards. */
  take(): AuditEntry[] {
    const taken = [...this.entries.values()];
    this.entries.clear();
    return taken;
  }
}
