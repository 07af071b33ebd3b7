import pg from 'pg';
import { loadConfig } from './config.js';
import { verifyAuditChain } from './common/audit/audit-chain.js';

/** `node dist/verify-audit.js`: checks the audit log's hash chain; exits 1 if it was tampered with. */
const client = new pg.Client({ connectionString: loadConfig().databaseUrl });
await client.connect();
try {
  const report = await verifyAuditChain(client);
  if (report.brokenAt) {
    console.error(`Audit log tampered with: event ${report.brokenAt.id} (${report.brokenAt.reason}); ${report.checked} events checked.`);
    process.exitCode = 1;
  } else {
    console.log(`Audit log intact: ${report.checked} events checked.`);
  }
} finally {
  await client.end();
}
