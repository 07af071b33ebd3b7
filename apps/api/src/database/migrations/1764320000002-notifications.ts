import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification outbox: one row per message, written in the same transaction as the change that causes
 * it, so a message is sent only once that change is committed. The job that sends it lives in pg-boss.
 */
export class Notifications1764320000002 implements MigrationInterface {
  name = 'Notifications1764320000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        referral_id uuid NOT NULL REFERENCES referrals(id),
        police_force_id uuid NOT NULL REFERENCES organisations(id),
        partner_service_id uuid REFERENCES organisations(id),
        kind text NOT NULL CHECK (kind IN ('NEW_REFERRAL', 'URGENT_UPDATE', 'CONSENT_WITHDRAWN', 'VICTIM_LINK')),
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
        -- Address and message details are encrypted, and cleared once the message is sent.
        sealed_payload text,
        recipient_hint text NOT NULL,
        state text NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED', 'SENT', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        provider_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      );
      CREATE INDEX notifications_referral_idx ON notifications (referral_id, created_at);
      GRANT SELECT, INSERT, UPDATE ON notifications TO lantern_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE notifications');
  }
}
