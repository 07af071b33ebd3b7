import pg from 'pg';

/** duplicate_object, or unique_violation on pg_authid when two CREATE ROLEs commit at the same moment. */
function isDuplicateRole(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === '42710' || code === '23505';
}

/**
 * Whether the connected role may ALTER `role`: a superuser, or a CREATEROLE role (from PostgreSQL 16 it
 * also needs ADMIN OPTION on `role`, as documented for ALTER ROLE).
 */
async function mayAlterRole(client: pg.Client, role: string): Promise<boolean> {
  const result = await client.query<{ may: boolean }>(
    `SELECT r.rolsuper OR (r.rolcreaterole AND (current_setting('server_version_num')::int < 160000
              OR pg_has_role(current_user, $1, 'MEMBER WITH ADMIN OPTION'))) AS may
       FROM pg_roles r WHERE r.rolname = current_user`,
    [role],
  );
  return result.rows[0]?.may === true;
}

/** The login roles the API connects as, besides the owner: the application and the session store. */
export type LoginRole = 'lantern_app' | 'lantern_session';

/**
 * Creates (or re-passwords) the login role named in `roleUrl` with the password in it: no superuser, no
 * CREATEDB/CREATEROLE, no BYPASSRLS. Run with the owner connection before migrations (`migrate` holds the migration lock around it), which
 * grant it its tables; tolerates another process creating the same role at the same moment, and leaves a role
 * the owner may not alter (one managed by CloudNativePG) as it is.
 * @throws Error when the URL's user is not `expected` (a mistyped URL must not create or alter another role).
 */
export async function ensureLoginRole(ownerUrl: string, roleUrl: string, expected: LoginRole): Promise<void> {
  const url = new URL(roleUrl);
  const role = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  if (role !== expected) throw new Error(`The connection for ${expected} names another role`);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const literal = await client.query<{ quoted: string }>('SELECT quote_literal($1) AS quoted', [password]);
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    const options = `WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${literal.rows[0].quoted}`;
    if (exists.rowCount) {
      // A role the owner may not alter is managed by someone else (CloudNativePG's managed.roles, whose
      // Secret also gives the API its password): leave it as it is.
      if (await mayAlterRole(client, role)) await client.query(`ALTER ROLE ${role} ${options}`);
      return;
    }
    try {
      await client.query(`CREATE ROLE ${role} ${options}`);
    } catch (error) {
      // Roles belong to the whole PostgreSQL cluster, so the per-database migration lock does not cover a
      // start against another database of the same cluster: if it created the role first, re-password it.
      if (!isDuplicateRole(error)) throw error;
      await client.query(`ALTER ROLE ${role} ${options}`);
    }
  } finally {
    await client.end();
  }
}

/** Creates (or re-passwords) the application role. Run with the owner connection before migrations. */
export async function ensureApplicationRole(ownerUrl: string, appUrl: string): Promise<void> {
  await ensureLoginRole(ownerUrl, appUrl, 'lantern_app');
}

/** Creates (or re-passwords) the session store's role. Run with the owner connection before migrations. */
export async function ensureSessionRole(ownerUrl: string, sessionUrl: string): Promise<void> {
  await ensureLoginRole(ownerUrl, sessionUrl, 'lantern_session');
}

/** Creates the database named in `url` if it does not exist, connecting to the `postgres` database. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error('The database name must be a simple identifier');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!exists.rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
