import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A victim's link stops working once the referral is closed or withdrawn, or consent is withdrawn (the
 * data-sharing policy, `victimLinkWorks` in packages/schema); from now on the change that ends the referral
 * revokes its links. This revokes the links of referrals that ended before.
 */
export class EndVictimLinks1764320000020 implements MigrationInterface {
  name = 'EndVictimLinks1764320000020';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE victim_links SET revoked_at = now()
      WHERE revoked_at IS NULL AND referral_id IN (
        SELECT id FROM referrals
        WHERE status IN ('CLOSED', 'WITHDRAWN') OR consent->>'withdrawnAt' IS NOT NULL
          OR (withdrawal->>'consentWithdrawn')::boolean IS TRUE
      )
    `);
  }

  async down(): Promise<void> {
    // Revoked links stay revoked: reopening a victim's link is the police's decision, one link at a time.
  }
}
