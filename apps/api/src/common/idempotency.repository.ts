import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppError } from './errors/app-error.js';

/** A stable fingerprint of a request's payload (key order does not matter). */
export function fingerprint(payload: unknown): string {
  const stable = (value: unknown): unknown => {
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return value.map(stable);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
          .map((key) => [key, stable((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return createHash('sha256').update(JSON.stringify(stable(payload))).digest('hex');
}

/** The outcome of claiming a key: a new request, or a retry of an earlier one that made `resultId`. */
export type Claim = { kind: 'new' } | { kind: 'replay'; resultId: string };

/** The only reader and writer of `idempotency_records`. */
export class IdempotencyRepository {
  /**
   * Claims `key` for this user and operation inside the caller's transaction. The first claim wins and the
   * caller goes on to create `resultId`; a retry (even one racing the first) waits for it and gets its
   * result; the same key with a different payload is refused with IDEMPOTENCY_KEY_REUSED.
   */
  async claim(
    manager: EntityManager,
    claim: { userId: string; operation: string; key: string; payload: unknown; resultId: string },
  ): Promise<Claim> {
    const requestHash = fingerprint(claim.payload);
    const inserted: unknown[] = await manager.query(
      `INSERT INTO idempotency_records (user_id, operation, key, request_hash, result_id)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING key`,
      [claim.userId, claim.operation, claim.key, requestHash, claim.resultId],
    );
    if (inserted.length === 1) return { kind: 'new' };
    const rows: { request_hash: string; result_id: string }[] = await manager.query(
      `SELECT request_hash, result_id FROM idempotency_records WHERE user_id = $1 AND operation = $2 AND key = $3`,
      [claim.userId, claim.operation, claim.key],
    );
    const existing = rows[0];
    if (!existing || existing.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return { kind: 'replay', resultId: existing.result_id };
  }
}
