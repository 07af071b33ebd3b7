import pg from 'pg';
import { afterAll } from 'vitest';
import { hashSecret } from '../src/common/auth/password.js';
import { TEST_PASSWORD } from './graphql-client.js';
import type { Fixture } from './session-fixture.js';

export interface OwnerDb {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  one<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T>;
  /** A number from a query whose first row has one column, e.g. `SELECT count(*) ...`. */
  count(sql: string, params?: unknown[]): Promise<number>;
}

/**
 * The owner connection (the migrations' role), for what a test must see or set behind the API's back:
 * row counts, stored hashes, audit events, a disabled user. Opened on first use, closed after the file.
 */
export function useOwnerDb(f: Fixture): OwnerDb {
  let pool: pg.Pool | undefined;
  const db = () => (pool ??= new pg.Pool({ connectionString: f.api.ownerUrl, max: 2 }));
  afterAll(async () => {
    await pool?.end();
  });
  const query = async <T>(sql: string, params: unknown[] = []) => (await db().query(sql, params)).rows as T[];
  return {
    query,
    async one<T>(sql: string, params: unknown[] = []) {
      const rows = await query<T>(sql, params);
      if (rows.length !== 1) throw new Error(`Expected one row, got ${rows.length}: ${sql}`);
      return rows[0];
    },
    async count(sql: string, params: unknown[] = []) {
      const rows = await query<Record<string, unknown>>(sql, params);
      return Number(Object.values(rows[0] ?? {})[0] ?? 0);
    },
  };
}

/** A new member of staff of `organisationId`, who can sign in with the test password. */
export async function addUser(db: OwnerDb, organisationId: string, role: string, tag: string): Promise<{ id: string; email: string }> {
  const email = `extra-${role.toLowerCase()}-${tag}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const row = await db.one<{ id: string }>(
    `INSERT INTO users (organisation_id, email, name, role, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [organisationId, email, `Extra ${role.toLowerCase()} ${tag}`, role, await hashSecret(TEST_PASSWORD)],
  );
  return { id: row.id, email };
}
