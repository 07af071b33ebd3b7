import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first schema: organisations, users, referrals and their records, victim links, audit, sessions. */
export class InitialSchema1764320000000 implements MigrationInterface {
  name = 'InitialSchema1764320000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('POLICE_FORCE', 'PARTNER_SERVICE')),
        name text NOT NULL UNIQUE,
        code text NOT NULL,
        areas text[] NOT NULL DEFAULT '{}',
        services_offered text[] NOT NULL DEFAULT '{}',
        description text NOT NULL DEFAULT '',
        phone text,
        email text,
        first_contact_target_days int NOT NULL DEFAULT 2 CHECK (first_contact_target_days BETWEEN 1 AND 10),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('OFFICER', 'SUPERVISOR', 'PARTNER_MANAGER', 'ADVOCATE', 'ADMIN')),
        password_hash text NOT NULL,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX users_organisation_idx ON users (organisation_id);

      CREATE TABLE reference_counters (
        police_force_id uuid NOT NULL REFERENCES organisations(id),
        year int NOT NULL,
        last_value int NOT NULL,
        PRIMARY KEY (police_force_id, year)
      );

      CREATE TABLE referrals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        police_force_id uuid NOT NULL REFERENCES organisations(id),
        officer_id uuid NOT NULL REFERENCES users(id),
        partner_service_id uuid REFERENCES organisations(id),
        advocate_id uuid REFERENCES users(id),
        status text NOT NULL CHECK (status IN ('DRAFT','SUBMITTED','ACCEPTED','DECLINED','ALLOCATED','IN_CONTACT','CLOSED','WITHDRAWN')),
        version int NOT NULL DEFAULT 1,
        crime_reference text NOT NULL,
        reported_at timestamptz NOT NULL,
        offence_classifications text[] NOT NULL,
        four_indicators text[] NOT NULL,
        suspect_relationship text NOT NULL,
        circumstances text,
        risk_level text CHECK (risk_level IN ('STANDARD', 'MEDIUM', 'HIGH')),
        victim jsonb NOT NULL,
        consent jsonb,
        no_consent jsonb,
        screening jsonb,
        protective_order jsonb,
        decline jsonb,
        closure jsonb,
        withdrawal jsonb,
        referral_sent_due_at timestamptz NOT NULL,
        submitted_at timestamptz,
        acceptance_due_at timestamptz,
        accepted_at timestamptz,
        decided_at timestamptz,
        allocated_at timestamptz,
        first_contact_due_at timestamptz,
        first_contact_at timestamptz,
        finished_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status = 'DRAFT' OR status = 'WITHDRAWN' OR partner_service_id IS NOT NULL)
      );
      CREATE INDEX referrals_force_idx ON referrals (police_force_id, created_at DESC);
      CREATE INDEX referrals_partner_idx ON referrals (partner_service_id, created_at DESC);
      CREATE INDEX referrals_advocate_idx ON referrals (advocate_id);
      CREATE INDEX referrals_officer_idx ON referrals (officer_id);
      CREATE INDEX referrals_crime_reference_idx ON referrals (lower(crime_reference));
      CREATE INDEX referrals_offences_idx ON referrals USING gin (offence_classifications);

      CREATE TABLE idempotency_records (
        user_id uuid NOT NULL REFERENCES users(id),
        operation text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        result_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, operation, key)
      );

      CREATE TABLE order_breaches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES referrals(id),
        police_force_id uuid NOT NULL REFERENCES organisations(id),
        partner_service_id uuid REFERENCES organisations(id),
        occurred_on date NOT NULL,
        description text NOT NULL,
        crime_reference text,
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX order_breaches_referral_idx ON order_breaches (referral_id);

      CREATE TABLE contact_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES referrals(id),
        police_force_id uuid NOT NULL REFERENCES organisations(id),
        partner_service_id uuid REFERENCES organisations(id),
        outcome text NOT NULL CHECK (outcome IN ('NO_ANSWER', 'UNSAFE_TO_TALK', 'WRONG_NUMBER', 'CONTACTED')),
        note text,
        attempted_at timestamptz NOT NULL,
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX contact_attempts_referral_idx ON contact_attempts (referral_id);

      CREATE TABLE safeguarding_updates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES referrals(id),
        police_force_id uuid NOT NULL REFERENCES organisations(id),
        partner_service_id uuid REFERENCES organisations(id),
        kind text NOT NULL,
        text text NOT NULL,
        new_risk_level text CHECK (new_risk_level IN ('STANDARD', 'MEDIUM', 'HIGH')),
        needs_police_action boolean NOT NULL,
        urgent boolean NOT NULL,
        visible_to_victim boolean NOT NULL,
        posted_by uuid NOT NULL REFERENCES users(id),
        posted_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_by uuid REFERENCES users(id),
        acknowledged_at timestamptz
      );
      CREATE INDEX safeguarding_updates_referral_idx ON safeguarding_updates (referral_id);
      CREATE INDEX safeguarding_updates_unacknowledged_idx ON safeguarding_updates (referral_id)
        WHERE urgent AND acknowledged_at IS NULL;

      CREATE TABLE referral_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES referrals(id),
        police_force_id uuid NOT NULL REFERENCES organisations(id),
        partner_service_id uuid REFERENCES organisations(id),
        kind text NOT NULL,
        summary text NOT NULL,
        actor_id uuid REFERENCES users(id),
        actor_organisation_id uuid REFERENCES organisations(id),
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX referral_events_referral_idx ON referral_events (referral_id, at);

      CREATE TABLE victim_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES referrals(id),
        police_force_id uuid NOT NULL REFERENCES organisations(id),
        token_hash text NOT NULL UNIQUE,
        access_code_hash text NOT NULL,
        issued_by uuid NOT NULL REFERENCES users(id),
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        failed_attempts int NOT NULL DEFAULT 0,
        locked_at timestamptz,
        revoked_at timestamptz,
        last_opened_at timestamptz
      );
      CREATE INDEX victim_links_referral_idx ON victim_links (referral_id, issued_at DESC);

      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid,
        actor_role text,
        organisation_id uuid,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        outcome text NOT NULL CHECK (outcome IN ('ALLOWED', 'DENIED')),
        request_id text,
        ip text,
        detail jsonb,
        prev_hash text,
        hash text NOT NULL DEFAULT ''
      );
      CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id);

      -- Hash chain: each row's hash covers its content and the previous row's hash. The same function lets
      -- the verifier recompute every hash; times are hashed as epoch seconds, whatever the session time zone.
      CREATE FUNCTION audit_event_hash(prev text, id bigint, at timestamptz, actor uuid, role text, org uuid,
        action text, entity_type text, entity_id text, outcome text, request_id text, ip text, detail jsonb)
      RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(concat_ws('|', coalesce(prev, ''), id, extract(epoch FROM at), actor, role, org,
          action, entity_type, entity_id, outcome, request_id, ip, detail::text), 'UTF8')), 'hex')
      $$;
      CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- One writer at a time until commit, and the id taken under the lock, so id order is chain order.
        PERFORM pg_advisory_xact_lock(7210531);
        NEW.id := nextval('audit_events_id_seq');
        SELECT hash INTO NEW.prev_hash FROM audit_events ORDER BY id DESC LIMIT 1;
        NEW.hash := audit_event_hash(NEW.prev_hash, NEW.id, NEW.at, NEW.actor_id, NEW.actor_role, NEW.organisation_id,
          NEW.action, NEW.entity_type, NEW.entity_id, NEW.outcome, NEW.request_id, NEW.ip, NEW.detail);
        RETURN NEW;
      END $$;
      CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_chain();

      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events are append-only';
      END $$;
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

      CREATE TABLE sessions (
        sid varchar NOT NULL PRIMARY KEY,
        sess json NOT NULL,
        expire timestamp(6) NOT NULL
      );
      CREATE INDEX sessions_expire_idx ON sessions (expire);

      CREATE TABLE rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE rate_limits, sessions, audit_events, victim_links, referral_events, safeguarding_updates,
        contact_attempts, order_breaches, idempotency_records, referrals, reference_counters, users, organisations;
      DROP FUNCTION audit_events_chain, audit_events_append_only, audit_event_hash;
    `);
  }
}
