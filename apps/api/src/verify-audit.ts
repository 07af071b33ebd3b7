import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from './config.js';
import { verifyAuditChain } from './common/audit/audit-chain.js';
import { auditKeyring } from './common/audit/audit-keys.js';
import { appendAnchor, checkAnchorFile } from './common/audit/audit-anchor-file.js';

/**
 * `npm run verify-audit -w @lantern/api [-- --anchor-file <path>]`: checks the audit log's keyed chain and
 * signed checkpoints with the owner connection and the audit keys; with an anchor file, also checks the
 * last anchor written there and, when all is well, appends the current head. Exits 1 if the log was
 * tampered with.
 */
const { values } = parseArgs({ options: { 'anchor-file': { type: 'string' } } });
const config = loadConfig();
const client = new pg.Client({ connectionString: config.databaseUrl });
await client.connect();
try {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  const report = await verifyAuditChain(client, auditKeyring(config));
  const anchorFile = values['anchor-file'];
  const anchor = anchorFile ? await checkAnchorFile(client, anchorFile) : null;
  await client.query('COMMIT');
  if (report.brokenAt) {
    console.error(`Audit log tampered with: event ${report.brokenAt.id} (${report.brokenAt.reason}); ${report.checked} events checked.`);
    process.exitCode = 1;
  } else if (anchor?.problem) {
    console.error(`Audit log tampered with: anchored event ${anchor.anchoredId} (${anchor.problem}); ${report.checked} events checked.`);
    process.exitCode = 1;
  } else {
    const head = anchorFile ? await appendAnchor(client, anchorFile) : null;
    console.log(
      `Audit log intact: ${report.checked} events checked, ${report.checkpoints} checkpoints, anchored up to event ${report.anchoredUpTo ?? 'none'}` +
        (head ? `; head ${head} appended to the anchor file.` : '.'),
    );
  }
} finally {
  await client.end();
}
