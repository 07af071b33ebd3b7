import type { AuditOutcome } from '../vocabularies.js';

/** One audit event, as a service describes it: what was done (or refused) to which record. */
export interface AuditEntry {
  /** What was done, e.g. `READ`, `SUBMIT` or `OPEN_VICTIM_LINK`. */
  readonly action: string;
  /** The kind of record, e.g. `referral`, `user` or `victim_link`. */
  readonly entityType: string;
  /** The record; defaults to the victim's referral in a victim session. */
  readonly entityId?: string | null;
  /** ALLOWED unless said otherwise. */
  readonly outcome?: AuditOutcome;
  readonly detail?: Record<string, unknown>;
}
