import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useFixture } from '../../../test/session-fixture.js';
import { createDraft, queries } from '../../../test/referral-steps.js';
import { accessReport, accessReportCsv } from './access-report.js';

const f = useFixture();

async function report(idOrReference: string) {
  const client = new pg.Client({ connectionString: f.api.ownerUrl });
  await client.connect();
  try {
    return await accessReport(client, idOrReference);
  } finally {
    await client.end();
  }
}

describe('the data protection officer’s access report', () => {
  it('lists who read, changed and was refused one referral, by its reference, and nothing of another referral', async () => {
    const mine = await createDraft(f.as.officer, f.tenancy);
    const other = await createDraft(f.as.officer, f.tenancy);
    await f.as.supervisor.ok(queries.referral, { id: mine.id });
    expect((await f.as.otherOfficer.request(queries.referral, { id: mine.id })).data?.referral ?? null).toBeNull();
    await f.as.officer2.ok(queries.referral, { id: other.id });

    const lines = (await report(mine.reference))!;
    expect(lines.map((l) => [l.kind, l.action, l.actorName])).toEqual([
      ['CHANGE', 'CREATE', f.tenancy.users.officer.name],
      ['READ', 'READ', f.tenancy.users.supervisor.name],
      ['DENIED', 'READ', f.tenancy.users.otherOfficer.name],
    ]);
    expect(lines[1]).toMatchObject({ actorRole: 'SUPERVISOR', record: 'referral' });
    expect(lines[1].time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0[01]:00$/);
    expect(lines.every((l) => l.requestId && l.organisation)).toBe(true);
    expect(lines.map((l) => l.actorName)).not.toContain(f.tenancy.users.officer2.name);

    const csv: Record<string, string>[] = parse(accessReportCsv(lines), { columns: true });
    expect(csv).toHaveLength(3);
    expect(csv[1]).toMatchObject({ Kind: 'READ', Who: f.tenancy.users.supervisor.name, Role: 'SUPERVISOR' });
    expect(await report(mine.id)).toEqual(lines);
  });

  it('answers null for a referral that does not exist', async () => {
    expect(await report('NO/SUCH/REF')).toBeNull();
  });
});
