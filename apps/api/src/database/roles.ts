import pg from 'pg';

/** The login roles the API connects as, besides the owner: the application and the session store. */
export type LoginRole = 'lantern_app' | 'lantern_session';

/**
 * Creates (or re-passwords) the login role named in `roleUrl` with the password in it: no superuser, no
 * CREATEDB/CREATEROLE, no BYPASSRLS. Run with the owner connection before migrations, which grant it its tables.
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
    const verb = exists.rowCount ? 'ALTER' : 'CREATE';
    await client.query(`${verb} ROLE ${role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${literal.rows[0].quoted}`);
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
