import type { AuditOutcome } from '../vocabularies.js';

/**
 * What an audit event's `detail` may hold: ids, codes, statuses, counts and flags, never free text about a
 * person. Strings must look like a code (`[A-Za-z0-9_.:-]`, at most 64 characters) or a UUID; see
 * `assertAuditDetail`.
 */
export type AuditDetailValue = string | number | boolean | null | readonly (string | number)[];

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
  /** Ids and codes only (checked by `assertAuditDetail`): the log is append-only, so nothing personal goes in. */
  readonly detail?: Readonly<Record<string, AuditDetailValue>>;
}

const CODE = /^[A-Za-z0-9_.:-]{0,64}$/;

/**
 * Refuses (throws Error) a detail that could carry personal data: a string that is not code-like, a nested
 * object, or an array of anything but codes and numbers. Keeps victim details out of the append-only log.
 */
export function assertAuditDetail(detail: Readonly<Record<string, unknown>> | null | undefined): void {
  if (!detail) return;
  const codeLike = (value: unknown) => (typeof value === 'string' && CODE.test(value)) || (typeof value === 'number' && Number.isFinite(value));
  for (const [key, value] of Object.entries(detail)) {
    const ok =
      value === null ||
      typeof value === 'boolean' ||
      codeLike(value) ||
      (Array.isArray(value) && value.every(codeLike));
    if (!CODE.test(key) || !ok) throw new Error(`Audit detail "${CODE.test(key) ? key : '?'}" is not an id or a code`);
  }
}
