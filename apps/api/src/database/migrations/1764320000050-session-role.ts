import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions on their own role: only `lantern_session` (the session store's connection, created with its
 * password by the migrate command, see database/roles.ts) may read or write `sessions`; the application role
 * loses it, so a query run as the application cannot list or steal session ids.
 */
export class SessionRole1764320000050 implements MigrationInterface {
  name = 'SessionRole1764320000050';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lantern_session') THEN
          CREATE ROLE lantern_session NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        END IF;
      END $$;
      REVOKE ALL ON sessions FROM lantern_app;
      GRANT USAGE ON SCHEMA public TO lantern_session;
      GRANT SELECT, INSERT, UPDATE, DELETE ON sessions TO lantern_session;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      REVOKE ALL ON sessions FROM lantern_session;
      REVOKE USAGE ON SCHEMA public FROM lantern_session;
      GRANT SELECT, INSERT, UPDATE, DELETE ON sessions TO lantern_app;
    `);
  }
}
