import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each screening records the checklist and version its answers belong to (`instrument` and `version` in the
 * `screening` JSONB), so a force can move to another version without changing the meaning of past answers.
 * Every screening recorded so far used the S-DASH (2009) checklist.
 */
export class ScreeningInstrument1764320000004 implements MigrationInterface {
  name = 'ScreeningInstrument1764320000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE referrals SET screening = screening || '{"instrument": "S-DASH", "version": "2009"}'::jsonb
      WHERE screening IS NOT NULL AND NOT screening ? 'instrument'
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE referrals SET screening = screening - 'instrument' - 'version' WHERE screening IS NOT NULL`);
  }
}
