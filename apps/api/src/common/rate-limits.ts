import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from './errors/app-error.js';

/**
 * Attempt limits kept in PostgreSQL, so every API instance shares them. Keys are hashed by callers where
 * they would otherwise store personal data (an e-mail address).
 */
export class RateLimits {
  private readonly limiters: Record<'signInAccount' | 'signInAddress' | 'victimLinkAddress', RateLimiterPostgres>;

  constructor(pool: pg.Pool, signInAttemptsPerAddress: number) {
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

  /** Counts one attempt; refuses with RATE_LIMITED once the limit for `key` is used up. */
  async consume(limit: keyof RateLimits['limiters'], key: string): Promise<void> {
    try {
      await this.limiters[limit].consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new AppError('RATE_LIMITED');
      throw error;
    }
  }

  async reset(limit: keyof RateLimits['limiters'], key: string): Promise<void> {
    await this.limiters[limit].delete(key);
  }
}
