// `npm run backup [-- --file <path>]`: a consistent dump of the whole Lantern database (every schema:
// referrals, the audit log, sessions, the job queue) in pg_dump's custom format, with the owner connection
// in DATABASE_URL. Default file: backups/lantern-<UTC time>.dump. See docs/operations.md, "Backups".
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { argument, clientProgram, connection, ownerUrl, run, serverMajor } from './pg-tools.mjs';

const url = ownerUrl();
const file = path.resolve(argument('file', `backups/lantern-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`));
mkdirSync(path.dirname(file), { recursive: true });
const { url: safeUrl, env } = connection(url);
const pgDump = clientProgram('pg_dump', await serverMajor(url));
run(pgDump, ['--format=custom', '--compress=6', '--no-password', `--file=${file}`, `--dbname=${safeUrl}`], env);
console.log(`Backup written to ${file}`);
