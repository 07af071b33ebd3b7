import type { QueryRunner } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { SDASH_2009 } from '@lantern/schema/questionnaires';
import { useFixture } from '../../../../test/session-fixture.js';
import { useOwnerDb } from '../../../../test/owner-db.js';
import { allAnswers, createDraft, screen } from '../../../../test/referral-steps.js';
import { graphql } from '../../../../test/gql/gql.js';
import { ScreeningInstrument1764320000004 } from '../../../database/migrations/1764320000004-screening-instrument.js';

const f = useFixture();
const db = useOwnerDb(f);

const SCREENING = graphql(`query RiskScreening($id: ID!) {
  referral(id: $id) { screening { instrument version questionCount yesCount answers { number question text answer } } }
}`);

const stored = (id: string) => db.one<{ screening: Record<string, unknown> }>(`SELECT screening FROM referrals WHERE id = $1`, [id]);

describe('an S-DASH screening', () => {
  it('records the checklist and version it used, and answers with its questions and their number', async () => {
    const { officer } = f.as;
    const screened = await screen(officer, await createDraft(officer, f.tenancy));
    expect((await stored(screened.id)).screening).toMatchObject({ instrument: 'S-DASH', version: '2009' });
    const screening = (await officer.ok(SCREENING, { id: screened.id })).referral!.screening!;
    expect(screening).toMatchObject({ instrument: 'S-DASH', version: '2009', questionCount: 11, yesCount: 3 });
    expect(screening.answers.map(({ number, question, text }) => ({ number, key: question, text }))).toEqual(SDASH_2009.questions);
    expect(screening.answers.map((a) => a.answer)).toEqual(allAnswers().map((a) => a.answer));
  });

  it('recorded before instruments were stored reads as S-DASH 2009 once the migration has run', async () => {
    const { officer } = f.as;
    const screened = await screen(officer, await createDraft(officer, f.tenancy));
    await db.query(`UPDATE referrals SET screening = screening - 'instrument' - 'version' WHERE id = $1`, [screened.id]);
    expect((await stored(screened.id)).screening).not.toHaveProperty('instrument');

    const runner = { query: (sql: string) => db.query(sql) } as unknown as QueryRunner;
    await new ScreeningInstrument1764320000004().up(runner);
    expect((await stored(screened.id)).screening).toMatchObject({ instrument: 'S-DASH', version: '2009' });
    const screening = (await officer.ok(SCREENING, { id: screened.id })).referral!.screening!;
    expect(screening).toMatchObject({ instrument: 'S-DASH', version: '2009', questionCount: 11 });
  });
});
