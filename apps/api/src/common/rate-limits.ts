import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Actor } from './auth/actor.js';
import type { RefusalAudit } from './audit/refusal-audit.js';
import type { Keyring } from './keys/keys.js';
import { AppError } from './errors/app-error.js';

type LimitName = 'signInAccount' | 'signInAddress' | 'victimLinkAddress';

/**
 * Attempt limits kept in PostgreSQL, so every API instance shares them. Every key is stored only as a keyed
 * hash (HMAC under the `rate-limit-key` key), so the table never holds an address a victim opened their link
 * from, or an e-mail address, in a form anyone could read back or confirm by guessing. A refusal is audited (DENIED `RATE_LIMIT`
 * with the limit's name, never its key) once per limit and request.
 */
export class RateLimits {
  private readonly limiters: Record<LimitName, RateLimiterPostgres>;

  constructor(
    pool: pg.Pool,
    signInAttemptsPerAddress: number,
    private readonly refusals: RefusalAudit,
    private readonly keyring: Keyring,
  ) {
    const make = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: 'rate_limits',
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix,
        points,
        duration,
      });
    this.limiters = {
      signInAccount: make('sign-in-account', 10, 15 * 60),
      signInAddress: make('sign-in-address', signInAttemptsPerAddress, 15 * 60),
      victimLinkAddress: make('victim-link-address', 30, 15 * 60),
    };
  }

  /** Counts one attempt by `actor`; refuses with RATE_LIMITED (audited) once the limit for `key` is used up. */
  async consume(actor: Actor, limit: LimitName, key: string): Promise<void> {
    try {
      await this.limiters[limit].consume(this.stored(key));
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      await this.refusals.record(actor, { action: 'RATE_LIMIT', entityType: 'rate_limit', detail: { limit, code: 'RATE_LIMITED' } });
      throw new AppError('RATE_LIMITED');
    }
  }

  /** Forgets the attempts counted against `key` (e.g. an account after a right password). */
  async reset(limit: LimitName, key: string): Promise<void> {
    await this.limiters[limit].delete(this.stored(key));
  }

  /** The form `key` is stored in: its keyed hash (see the class comment). */
  private stored(key: string): string {
    return this.keyring.keyedHash('rate-limit-key', key);
  }
}
