import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * At most one link per referral that is not revoked (SECURITY.md: one live link per referral). Issuing a
 * link revokes the earlier ones under a per-referral lock (VictimLinkRepository.revokeActive); this index is
 * the database's own guarantee behind it. Any referral with more than one unrevoked link keeps only its
 * latest one.
 */
export class OneLiveVictimLink1764320000040 implements MigrationInterface {
  name = 'OneLiveVictimLink1764320000040';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE victim_links v SET revoked_at = now()
      WHERE v.revoked_at IS NULL AND EXISTS (
        SELECT 1 FROM victim_links later
        WHERE later.referral_id = v.referral_id AND later.revoked_at IS NULL
          AND (later.issued_at, later.id) > (v.issued_at, v.id)
      )
    `);
    await db.query(`CREATE UNIQUE INDEX victim_links_one_unrevoked ON victim_links (referral_id) WHERE revoked_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX victim_links_one_unrevoked`);
  }
}
