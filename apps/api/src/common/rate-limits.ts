import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Actor } from './auth/actor.js';
import type { RefusalAudit } from './audit/refusal-audit.js';
import { AppError } from './errors/app-error.js';

type LimitName = 'signInAccount' | 'signInAddress' | 'victimLinkAddress';

/**
 * Attempt limits kept in PostgreSQL, so every API instance shares them. Keys are hashed by callers where
 * they would otherwise store personal data (an e-mail address). A refusal is audited (DENIED `RATE_LIMIT`
 * with the limit's name, never its key) once per limit and request.
 */
export class RateLimits {
  private readonly limiters: Record<LimitName, RateLimiterPostgres>;

  constructor(
    pool: pg.Pool,
    signInAttemptsPerAddress: number,
    private readonly refusals: RefusalAudit,
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
      await this.limiters[limit].consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      await this.refusals.record(actor, { action: 'RATE_LIMIT', entityType: 'rate_limit', detail: { limit, code: 'RATE_LIMITED' } });
      throw new AppError('RATE_LIMITED');
    }
  }

  async reset(limit: LimitName, key: string): Promise<void> {
    await this.limiters[limit].delete(key);
  }
}
