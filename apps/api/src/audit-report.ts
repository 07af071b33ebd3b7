import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from './config.js';
import { accessReport, accessReportCsv } from './common/audit/access-report.js';

/**
 * `npm run audit:report -w @lantern/api -- --referral <id or reference>`: prints, as CSV, who read, changed
 * or was refused a victim's referral and its records (see accessReport), with the owner connection. Exits
 * 1 when there is no such referral.
 */
const { values } = parseArgs({ options: { referral: { type: 'string' } } });
if (!values.referral) {
  console.error('Usage: npm run audit:report -w @lantern/api -- --referral <id or reference>');
  process.exit(2);
}
const client = new pg.Client({ connectionString: loadConfig().databaseUrl });
await client.connect();
try {
  const lines = await accessReport(client, values.referral);
  if (!lines) {
    console.error('No such referral.');
    process.exitCode = 1;
  } else {
    process.stdout.write(accessReportCsv(lines));
  }
} finally {
  await client.end();
}
