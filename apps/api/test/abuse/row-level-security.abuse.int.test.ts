import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANT_TABLES } from '../../src/database/migrations/1764320000010-row-level-security.js';
import { useFixture } from '../session-fixture.js';
import { useOwnerDb } from '../owner-db.js';
import { referralIn, type BuiltReferral } from '../referral-states.js';
import { createDraft } from '../referral-steps.js';

const f = useFixture();
const db = useOwnerDb(f);

/**
 * Tables in `public` without row-level security, each with the exact privileges the application role may
 * hold there. Anything else in `public` must have RLS enabled and forced.
 */
const NOT_TENANT_TABLES: Record<string, string[]> = {
  // The keyed, append-only audit log and its signed checkpoints, with no tenant of their own: the application
  // role may only append (through audit_chain_reserve), never read, change, delete or truncate.
  audit_events: ['INSERT'],
  audit_checkpoints: ['INSERT'],
  // The session store: only the lantern_session role reads it; the application role has no access at all.
  sessions: [],
  // The rate-limit counters, keyed by opaque (hashed) keys.
  rate_limits: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  // TypeORM's record of applied migrations: the application role has no access at all.
  migrations: [],
};

let app: pg.Pool;
let mine: BuiltReferral;
let theirs: string;

/** Runs `work` as the application role in one transaction with the `lantern.*` settings given (none: no viewer). */
async function asApp<T>(settings: Record<string, string>, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await app.connect();
  try {
    await client.query('BEGIN');
    for (const [name, value] of Object.entries(settings)) await client.query('SELECT set_config($1, $2, true)', [`lantern.${name}`, value]);
    const result = await work(client);
    await client.query('ROLLBACK');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const officer = () => ({ scope: 'staff', role: 'OFFICER', user_id: f.tenancy.users.officer.id, organisation_id: f.tenancy.force.id });
const count = async (client: pg.PoolClient, sql: string, params: unknown[] = []) =>
  Number((await client.query<{ count: string }>(sql, params)).rows[0].count);

beforeAll(async () => {
  app = new pg.Pool({ connectionString: f.api.config.appDatabaseUrl, max: 1 });
  mine = await referralIn(f, 'IN_CONTACT');
  theirs = (await createDraft(f.as.otherOfficer, f.tenancy)).id;
  // A breach behind the API's back, so every tenant table holds a row the owner can see.
  await db.query(
    `INSERT INTO order_breaches (referral_id, police_force_id, partner_service_id, occurred_on, description, recorded_by)
     SELECT id, police_force_id, partner_service_id, current_date, 'Planted breach', officer_id FROM referrals WHERE id = $1`,
    [mine.id],
  );
}, 60_000);

afterAll(async () => {
  await app?.end();
});

describe('the privileges of the application role', () => {
  it('every table in public has row-level security enabled and forced, unless it is a listed non-tenant table with exactly its listed privileges', async () => {
    const tables = await db.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
    );
    const grants = await db.query<{ table_name: string; privilege_type: string }>(
      `SELECT table_name, privilege_type FROM information_schema.role_table_grants
       WHERE grantee = 'lantern_app' AND table_schema = 'public' ORDER BY table_name, privilege_type`,
    );
    const privileges = (table: string) => grants.filter((g) => g.table_name === table).map((g) => g.privilege_type).sort();
    const problems: string[] = [];
    for (const table of tables) {
      const listed = NOT_TENANT_TABLES[table.relname];
      if (listed) {
        if (JSON.stringify(privileges(table.relname)) !== JSON.stringify(listed)) problems.push(`${table.relname}: ${privileges(table.relname).join(',')}`);
      } else if (!table.relrowsecurity || !table.relforcerowsecurity) {
        problems.push(`${table.relname}: no forced row-level security`);
      }
    }
    expect(problems).toEqual([]);
    expect(tables.map((t) => t.relname)).toEqual(expect.arrayContaining([...TENANT_TABLES]));
  });

  it('the application role may not delete, truncate or alter any tenant table, and may only read users and organisations', async () => {
    const grants = await db.query<{ table_name: string; privilege_type: string }>(
      `SELECT table_name, privilege_type FROM information_schema.role_table_grants
       WHERE grantee = 'lantern_app' AND table_schema = 'public' AND table_name = ANY($1)`,
      [[...TENANT_TABLES]],
    );
    expect(grants.filter((g) => !['SELECT', 'INSERT', 'UPDATE'].includes(g.privilege_type))).toEqual([]);
    expect(grants.filter((g) => ['users', 'organisations'].includes(g.table_name) && g.privilege_type !== 'SELECT')).toEqual([]);
  });

  it('the application role owns nothing, is no superuser and cannot bypass row-level security', async () => {
    const role = await db.one<{ rolsuper: boolean; rolbypassrls: boolean; rolcreaterole: boolean }>(
      `SELECT rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = 'lantern_app'`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false });
    const owned = await db.count(
      `SELECT (SELECT count(*) FROM pg_class WHERE relowner = r.oid) + (SELECT count(*) FROM pg_proc WHERE proowner = r.oid)
        + (SELECT count(*) FROM pg_namespace WHERE nspowner = r.oid) + (SELECT count(*) FROM pg_type WHERE typowner = r.oid)
       FROM pg_roles r WHERE r.rolname = 'lantern_app'`,
    );
    expect(owned).toBe(0);
  });
});

describe('connected directly as the application role with no viewer set', () => {
  it.each([...TENANT_TABLES])('%s returns no rows, though the owner sees rows there', async (table) => {
    expect(await db.count(`SELECT count(*) FROM ${table}`)).toBeGreaterThan(0);
    expect(await asApp({}, (client) => count(client, `SELECT count(*) FROM ${table}`))).toBe(0);
  });

  it('inserting a referral event, a referral or a reference counter is refused and nothing is written', async () => {
    const before = await db.count(`SELECT count(*) FROM referral_events WHERE referral_id = $1`, [mine.id]);
    await expect(
      asApp({}, (client) =>
        client.query(`INSERT INTO referral_events (referral_id, police_force_id, kind, summary) VALUES ($1, $2, 'NOTE', 'Forged')`, [mine.id, f.tenancy.force.id]),
      ),
    ).rejects.toThrow(/row-level security|violates/);
    await expect(
      asApp({}, (client) => client.query(`INSERT INTO reference_counters (police_force_id, year, last_value) VALUES ($1, 1999, 1)`, [f.tenancy.force.id])),
    ).rejects.toThrow(/row-level security/);
    expect(await db.count(`SELECT count(*) FROM referral_events WHERE referral_id = $1`, [mine.id])).toBe(before);
    expect(await db.count(`SELECT count(*) FROM reference_counters WHERE year = 1999`)).toBe(0);
  });

  it('an update of every referral changes nothing', async () => {
    const before = await db.one<{ version: number }>(`SELECT version FROM referrals WHERE id = $1`, [mine.id]);
    const updated = await app.query(`UPDATE referrals SET version = version + 1`);
    expect(updated.rowCount).toBe(0);
    expect(await db.one(`SELECT version FROM referrals WHERE id = $1`, [mine.id])).toEqual(before);
  });
});

describe('a pooled connection', () => {
  it('does not carry the last transaction’s viewer into the next one', async () => {
    const seen = await asApp(officer(), (client) => count(client, `SELECT count(*) FROM referrals WHERE id = $1`, [mine.id]));
    expect(seen).toBe(1);
    // The pool has one connection: this is the same one, after the officer's transaction ended.
    const after = await app.query<{ count: string }>(`SELECT count(*) FROM referrals WHERE id = $1`, [mine.id]);
    const setting = await app.query<{ scope: string }>(`SELECT coalesce(current_setting('lantern.scope', true), '') AS scope`);
    expect(Number(after.rows[0].count)).toBe(0);
    expect(setting.rows[0].scope).toBe('');
  });
});

describe('with the application’s own WHERE clauses bypassed', () => {
  it('an officer of one force sees none of another force’s referrals or their rows', async () => {
    const result = await asApp(officer(), async (client) => ({
      theirs: await count(client, `SELECT count(*) FROM referrals WHERE id = $1`, [theirs]),
      otherForce: await count(client, `SELECT count(*) FROM referrals WHERE police_force_id <> $1`, [f.tenancy.force.id]),
      events: await count(client, `SELECT count(*) FROM referral_events WHERE police_force_id <> $1`, [f.tenancy.force.id]),
      mine: await count(client, `SELECT count(*) FROM referrals WHERE id = $1`, [mine.id]),
    }));
    expect(result).toEqual({ theirs: 0, otherForce: 0, events: 0, mine: 1 });
  });

  it('an officer cannot change another force’s referral even naming its id', async () => {
    const before = await db.one(`SELECT version, updated_at FROM referrals WHERE id = $1`, [theirs]);
    const updated = await asApp(officer(), async (client) => (await client.query(`UPDATE referrals SET version = version + 1 WHERE id = $1`, [theirs])).rowCount);
    expect(updated).toBe(0);
    expect(await db.one(`SELECT version, updated_at FROM referrals WHERE id = $1`, [theirs])).toEqual(before);
  });

  it('an advocate sees only the referrals allocated to them, and another advocate of the same service none of them', async () => {
    const scope = (user: 'advocate' | 'advocate2') => ({ scope: 'staff', role: 'ADVOCATE', user_id: f.tenancy.users[user].id, organisation_id: f.tenancy.service.id });
    const sql = `SELECT count(*) FROM contact_attempts WHERE referral_id = $1`;
    expect(await asApp(scope('advocate'), (client) => count(client, sql, [mine.id]))).toBeGreaterThan(0);
    expect(await asApp(scope('advocate2'), (client) => count(client, sql, [mine.id]))).toBe(0);
    expect(await asApp(scope('advocate2'), (client) => count(client, `SELECT count(*) FROM referrals WHERE id = $1`, [mine.id]))).toBe(0);
  });

  it('a partner manager sees no draft, even one that names their service', async () => {
    const manager = { scope: 'staff', role: 'PARTNER_MANAGER', user_id: f.tenancy.users.manager.id, organisation_id: f.tenancy.service.id };
    const drafts = await asApp(manager, (client) => count(client, `SELECT count(*) FROM referrals WHERE submitted_at IS NULL`));
    const sent = await asApp(manager, (client) => count(client, `SELECT count(*) FROM referrals WHERE id = $1`, [mine.id]));
    expect({ drafts, sent }).toEqual({ drafts: 0, sent: 1 });
  });

  it('a victim session sees its own referral and shared updates only, and none of the police or casework rows', async () => {
    const link = await db.one<{ id: string }>(`SELECT id FROM victim_links WHERE referral_id = $1 ORDER BY issued_at DESC LIMIT 1`, [mine.id]);
    const victim = { scope: 'victim', victim_link_id: link.id, referral_id: mine.id };
    const seen = await asApp(victim, async (client) => ({
      referrals: await count(client, `SELECT count(*) FROM referrals`),
      events: await count(client, `SELECT count(*) FROM referral_events`),
      attempts: await count(client, `SELECT count(*) FROM contact_attempts`),
      breaches: await count(client, `SELECT count(*) FROM order_breaches`),
      hiddenUpdates: await count(client, `SELECT count(*) FROM safeguarding_updates WHERE NOT visible_to_victim`),
      links: await count(client, `SELECT count(*) FROM victim_links`),
    }));
    expect(seen).toEqual({ referrals: 1, events: 0, attempts: 0, breaches: 0, hiddenUpdates: 0, links: 1 });
  });

  it('the sign-in scope shows only the user with the address being signed in with, and no referral', async () => {
    const seen = await asApp({ scope: 'sign_in', sign_in_email: f.tenancy.users.officer.email }, async (client) => ({
      users: await count(client, `SELECT count(*) FROM users`),
      referrals: await count(client, `SELECT count(*) FROM referrals`),
    }));
    expect(seen).toEqual({ users: 1, referrals: 0 });
  });

  it('a viewer naming a role with no rule sees nothing', async () => {
    const seen = await asApp({ scope: 'staff', role: 'ADMIN', user_id: f.tenancy.users.officer.id, organisation_id: f.tenancy.force.id }, (client) =>
      count(client, `SELECT count(*) FROM referrals`),
    );
    expect(seen).toBe(0);
  });
});
