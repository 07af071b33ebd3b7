// Shared by backup.mjs and restore.mjs: the owner connection, and PostgreSQL client programs that match
// the server (pg_dump refuses a server newer than itself).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import pg from 'pg';

/** DATABASE_URL (the owner connection), or exit 2 with a plain message. */
export function ownerUrl() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL must be set to the owner connection (postgres://owner:password@host:5432/lantern).');
    process.exit(2);
  }
  return url;
}

/** `--name value` from the command line, or `fallback`. */
export function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

/**
 * The URL without its password, and an environment carrying the password as PGPASSWORD, so the password
 * never shows in the process list.
 */
export function connection(url) {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { url: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** The server's major version, e.g. 18. */
export async function serverMajor(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT current_setting('server_version_num')::int / 10000 AS major");
    return rows[0].major;
  } finally {
    await client.end();
  }
}

/**
 * The path of `program` (pg_dump, pg_restore) for a server of `major`: Debian's /usr/lib/postgresql/<major>/bin
 * when it is there, otherwise the one on PATH (which must be at least as new as the server).
 */
export function clientProgram(program, major) {
  const debian = `/usr/lib/postgresql/${major}/bin/${program}`;
  return existsSync(debian) ? debian : program;
}

/** Runs a program with inherited output; exits with its status if it fails. */
export function run(program, args, env) {
  const result = spawnSync(program, args, { stdio: 'inherit', env });
  if (result.error) {
    console.error(`${program} could not start: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}
