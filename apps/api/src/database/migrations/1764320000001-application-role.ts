import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API connects as `lantern_app`, a role that owns nothing and cannot bypass row-level security. It may
 * read and write the tables it needs and only insert into (and read) the audit log. The role itself and its
 * password are created by the migrate command (see database/roles.ts), which runs before migrations.
 */
export class ApplicationRole1764320000001 implements MigrationInterface {
  name = 'ApplicationRole1764320000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      GRANT USAGE ON SCHEMA public TO lantern_app;
      GRANT SELECT ON organisations, users TO lantern_app;
      GRANT SELECT, INSERT, UPDATE ON referrals, reference_counters, idempotency_records, order_breaches,
        contact_attempts, safeguarding_updates, referral_events, victim_links TO lantern_app;
      GRANT SELECT, INSERT ON audit_events TO lantern_app;
      GRANT USAGE ON SEQUENCE audit_events_id_seq TO lantern_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON sessions, rate_limits TO lantern_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM lantern_app;`);
  }
}
