import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The partner service an officer proposes to send a draft to, chosen before the consent and check-answers
 * steps, so the draft (not the officer's browser) holds it. Sending the referral sets `partner_service_id`.
 * The application role's grants on `referrals` cover the new column.
 */
export class ProposedService1764320000003 implements MigrationInterface {
  name = 'ProposedService1764320000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE referrals ADD COLUMN proposed_service_id uuid NULL REFERENCES organisations(id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE referrals DROP COLUMN proposed_service_id`);
  }
}
