// `npm run restore -- --file <path>`: restores a dump made by `npm run backup` into the database named by
// DATABASE_URL (the owner connection), creating the database if it does not exist. Refuses a database that
// already has tables, so a restore never mixes with live data. Objects belong to the restoring owner;
// the application role lantern_app is created without a password if missing (the API sets it on its next
// start). One transaction: on any error nothing is restored. See docs/operations.md, "Recovering".
import pg from 'pg';
import { argument, clientProgram, connection, ownerUrl, run, serverMajor } from './pg-tools.mjs';

const url = ownerUrl();
const file = argument('file');
if (!file) {
  console.error('Usage: npm run restore -- --file <a dump made by npm run backup>');
  process.exit(2);
}

const target = new URL(url);
const database = decodeURIComponent(target.pathname.slice(1));
if (!/^[A-Za-z0-9_-]+$/.test(database)) {
  console.error('The database name in DATABASE_URL must be a simple identifier.');
  process.exit(2);
}
const admin = new URL(url);
admin.pathname = '/postgres';
const server = new pg.Client({ connectionString: admin.toString() });
await server.connect();
try {
  const exists = await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (!exists.rowCount) await server.query(`CREATE DATABASE "${database}"`);
  const role = await server.query("SELECT 1 FROM pg_roles WHERE rolname = 'lantern_app'");
  if (!role.rowCount) await server.query('CREATE ROLE lantern_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS');
} finally {
  await server.end();
}

const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  const tables = await client.query(
    "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
  );
  if (tables.rows[0].n > 0) {
    console.error(`Database ${database} already has ${tables.rows[0].n} tables: restore into a new, empty database.`);
    process.exit(1);
  }
} finally {
  await client.end();
}

const { url: safeUrl, env } = connection(url);
const pgRestore = clientProgram('pg_restore', await serverMajor(url));
run(pgRestore, ['--exit-on-error', '--single-transaction', '--no-owner', '--no-password', `--dbname=${safeUrl}`, file], env);
console.log(`Restored ${file} into ${database}. Check it with: npm run verify-audit -w @lantern/api`);
