import pg from 'pg';

/** Creates (or re-passwords) the application role. Run with the owner connection before migrations. */
export async function ensureApplicationRole(ownerUrl: string, appUrl: string): Promise<void> {
  const app = new URL(appUrl);
  const role = decodeURIComponent(app.username);
  const password = decodeURIComponent(app.password);
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error('The application role name must be a simple identifier');
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const literal = await client.query<{ quoted: string }>('SELECT quote_literal($1) AS quoted', [password]);
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    const verb = exists.rowCount ? 'ALTER' : 'CREATE';
    await client.query(
      `${verb} ROLE ${role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${literal.rows[0].quoted}`,
    );
  } finally {
    await client.end();
  }
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
