import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log becomes a keyed chain with signed checkpoints (ADR 0014). The API now computes each event's
 * hash as an HMAC with the audit key, which PostgreSQL never holds, so the owner cannot recompute the chain;
 * rows chained before this migration keep their unkeyed hashes (`key_id` null) and may only come first.
 * The application role may append events and checkpoints, through `audit_chain_reserve` and
 * `audit_chain_head`, and may not read, change, delete or truncate either table.
 */
export class AuditAnchoring1764320000030 implements MigrationInterface {
  name = 'AuditAnchoring1764320000030';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE audit_events ADD COLUMN key_id text;
      ALTER TABLE audit_events ALTER COLUMN hash DROP DEFAULT;
      DROP TRIGGER audit_events_chain ON audit_events;
      DROP FUNCTION audit_events_chain();

      CREATE TABLE audit_checkpoints (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        last_event_id bigint NOT NULL,
        last_hash text NOT NULL,
        key_id text NOT NULL,
        signature text NOT NULL
      );
      CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
      CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

      -- One appender at a time until commit (the advisory lock the old trigger took), so id order is chain
      -- order: returns the newest event's hash, n fresh contiguous ids and the time to stamp them with.
      CREATE FUNCTION audit_chain_reserve(n int) RETURNS TABLE (prev_hash text, first_id bigint, at timestamptz)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF n < 1 OR n > 10000 THEN RAISE EXCEPTION 'audit_chain_reserve: n out of range'; END IF;
        PERFORM pg_advisory_xact_lock(7210531);
        SELECT e.hash INTO prev_hash FROM audit_events e ORDER BY e.id DESC LIMIT 1;
        first_id := nextval('audit_events_id_seq');
        IF n > 1 THEN PERFORM nextval('audit_events_id_seq') FROM generate_series(2, n); END IF;
        at := date_trunc('milliseconds', clock_timestamp());
        RETURN NEXT;
      END $$;

      -- The newest event (id and hash), under the same lock, for a checkpoint to sign.
      CREATE FUNCTION audit_chain_head() RETURNS TABLE (last_event_id bigint, last_hash text, at timestamptz)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(7210531);
        SELECT e.id, e.hash INTO last_event_id, last_hash FROM audit_events e ORDER BY e.id DESC LIMIT 1;
        at := date_trunc('milliseconds', clock_timestamp());
        RETURN NEXT;
      END $$;

      REVOKE ALL ON FUNCTION audit_chain_reserve(int), audit_chain_head() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION audit_chain_reserve(int), audit_chain_head() TO lantern_app;
      REVOKE ALL ON audit_events, audit_checkpoints FROM lantern_app;
      REVOKE ALL ON SEQUENCE audit_events_id_seq FROM lantern_app;
      GRANT INSERT ON audit_events, audit_checkpoints TO lantern_app;
      GRANT USAGE ON SEQUENCE audit_checkpoints_id_seq TO lantern_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION audit_chain_reserve(int), audit_chain_head();
      DROP TRIGGER audit_events_no_truncate ON audit_events;
      DROP TABLE audit_checkpoints;
      CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        PERFORM pg_advisory_xact_lock(7210531);
        NEW.id := nextval('audit_events_id_seq');
        SELECT hash INTO NEW.prev_hash FROM audit_events ORDER BY id DESC LIMIT 1;
        NEW.hash := audit_event_hash(NEW.prev_hash, NEW.id, NEW.at, NEW.actor_id, NEW.actor_role, NEW.organisation_id,
          NEW.action, NEW.entity_type, NEW.entity_id, NEW.outcome, NEW.request_id, NEW.ip, NEW.detail);
        RETURN NEW;
      END $f$;
      CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
      ALTER TABLE audit_events ALTER COLUMN hash SET DEFAULT '';
      ALTER TABLE audit_events DROP COLUMN key_id;
      GRANT SELECT ON audit_events TO lantern_app;
      GRANT USAGE ON SEQUENCE audit_events_id_seq TO lantern_app;
    `);
  }
}
