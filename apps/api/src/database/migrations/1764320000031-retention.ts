import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention (ADR 0014): a referral may be put under a legal hold, which keeps its personal data past the
 * retention period; `anonymised_at` records when the retention job replaced it.
 */
export class Retention1764320000031 implements MigrationInterface {
  name = 'Retention1764320000031';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE referrals
        ADD COLUMN legal_hold_since timestamptz,
        ADD COLUMN legal_hold_by uuid REFERENCES users(id),
        ADD COLUMN anonymised_at timestamptz;
      CREATE INDEX referrals_retention_idx ON referrals (finished_at)
        WHERE anonymised_at IS NULL AND legal_hold_since IS NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX referrals_retention_idx;
      ALTER TABLE referrals DROP COLUMN legal_hold_since, DROP COLUMN legal_hold_by, DROP COLUMN anonymised_at;
    `);
  }
}
