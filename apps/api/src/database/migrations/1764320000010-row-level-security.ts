import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows belong to a referral and follow its visibility (and the columns they are found by). */
const REFERRAL_CHILD_TABLES = ['order_breaches', 'contact_attempts', 'referral_events', 'notifications'] as const;

/** Every table this migration puts behind row-level security (ENABLE and FORCE). */
export const TENANT_TABLES = [
  'organisations',
  'users',
  'referrals',
  'reference_counters',
  'idempotency_records',
  'safeguarding_updates',
  'victim_links',
  ...REFERRAL_CHILD_TABLES,
] as const;

const STAFF_OR_SYSTEM = `lantern_viewer('scope') IN ('staff', 'system')`;
const PARENT_VISIBLE = `EXISTS (SELECT 1 FROM referrals r WHERE r.id = referral_id)`;

/**
 * The second wall: row-level security on every tenant table, so a query that forgets its WHERE clause still
 * returns only what the viewer may see. The viewer is set per transaction by TransactionRunner with
 * `set_config('lantern.*', ..., true)`; with no scope set every policy is false, so nothing is visible and
 * nothing can be written. Scopes (see common/database-scope.ts):
 * - staff: lantern.role, lantern.user_id, lantern.organisation_id; referrals by `lantern_can_see_referral`,
 *   which is the rule of `canSee` (modules/referrals/referral-access.ts) and ReferralRepository.visibleTo;
 * - victim: lantern.victim_link_id, lantern.referral_id; reads only what the status page reads;
 * - system: background work (the notification worker, retention), everything;
 * - session: lantern.user_id from the signed session cookie; only that user's row (to load the viewer);
 * - sign_in: lantern.sign_in_email; only the row with that address (no viewer exists yet);
 * - link_opening: lantern.token_hash; only the victim link with that token hash, which may be updated.
 * Child rows carry the parent's visibility through an EXISTS over `referrals`, itself behind its policy.
 * Organisations are reference data any scope may read. The application role keeps only SELECT on users and
 * organisations; `sessions`, `rate_limits` and `audit_events` are left as they are (see ADR 0012).
 */
export class RowLevelSecurity1764320000010 implements MigrationInterface {
  name = 'RowLevelSecurity1764320000010';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION lantern_viewer(name text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT nullif(current_setting('lantern.' || name, true), '')
      $$;

      -- canSee (referral-access.ts) and ReferralRepository.visibleTo, as SQL: keep the three in step.
      CREATE FUNCTION lantern_can_see_referral(referral_id uuid, force_id uuid, service_id uuid, submitted_at timestamptz,
        advocate_id uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT coalesce(CASE lantern_viewer('scope')
          WHEN 'system' THEN true
          WHEN 'victim' THEN referral_id = lantern_viewer('referral_id')::uuid
          WHEN 'staff' THEN CASE lantern_viewer('role')
            WHEN 'OFFICER' THEN force_id = lantern_viewer('organisation_id')::uuid
            WHEN 'SUPERVISOR' THEN force_id = lantern_viewer('organisation_id')::uuid
            WHEN 'PARTNER_MANAGER' THEN service_id = lantern_viewer('organisation_id')::uuid AND submitted_at IS NOT NULL
            WHEN 'ADVOCATE' THEN service_id = lantern_viewer('organisation_id')::uuid
              AND advocate_id = lantern_viewer('user_id')::uuid
            ELSE false END
          ELSE false END, false)
      $$;
    `);

    for (const table of TENANT_TABLES) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY; ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;`);
    }

    await db.query(`
      CREATE POLICY organisations_read ON organisations FOR SELECT USING (lantern_viewer('scope') IS NOT NULL);

      CREATE POLICY users_read ON users FOR SELECT USING (coalesce(CASE lantern_viewer('scope')
        WHEN 'system' THEN true
        WHEN 'session' THEN id = lantern_viewer('user_id')::uuid
        WHEN 'sign_in' THEN email = lantern_viewer('sign_in_email')
        WHEN 'staff' THEN organisation_id = lantern_viewer('organisation_id')::uuid
          OR EXISTS (SELECT 1 FROM referrals r WHERE users.organisation_id IN (r.police_force_id, r.partner_service_id))
        WHEN 'victim' THEN EXISTS (SELECT 1 FROM referrals r WHERE r.advocate_id = users.id)
        ELSE false END, false));

      CREATE POLICY referrals_read ON referrals FOR SELECT
        USING (lantern_can_see_referral(id, police_force_id, partner_service_id, submitted_at, advocate_id));
      CREATE POLICY referrals_insert ON referrals FOR INSERT WITH CHECK (${STAFF_OR_SYSTEM}
        AND lantern_can_see_referral(id, police_force_id, partner_service_id, submitted_at, advocate_id));
      CREATE POLICY referrals_update ON referrals FOR UPDATE
        USING (${STAFF_OR_SYSTEM} AND lantern_can_see_referral(id, police_force_id, partner_service_id, submitted_at, advocate_id))
        WITH CHECK (${STAFF_OR_SYSTEM} AND lantern_can_see_referral(id, police_force_id, partner_service_id, submitted_at, advocate_id));

      CREATE POLICY reference_counters_own_force ON reference_counters FOR ALL
        USING (lantern_viewer('scope') = 'system' OR (lantern_viewer('scope') = 'staff'
          AND lantern_viewer('role') IN ('OFFICER', 'SUPERVISOR') AND police_force_id = lantern_viewer('organisation_id')::uuid));

      CREATE POLICY idempotency_records_own ON idempotency_records FOR ALL
        USING (lantern_viewer('scope') = 'system' OR (lantern_viewer('scope') = 'staff' AND user_id = lantern_viewer('user_id')::uuid));

      CREATE POLICY safeguarding_updates_staff ON safeguarding_updates FOR ALL USING (${STAFF_OR_SYSTEM} AND ${PARENT_VISIBLE});
      CREATE POLICY safeguarding_updates_victim ON safeguarding_updates FOR SELECT USING (lantern_viewer('scope') = 'victim'
        AND visible_to_victim AND referral_id = lantern_viewer('referral_id')::uuid);

      CREATE POLICY victim_links_staff ON victim_links FOR ALL USING (${STAFF_OR_SYSTEM} AND ${PARENT_VISIBLE});
      CREATE POLICY victim_links_victim ON victim_links FOR SELECT USING (lantern_viewer('scope') = 'victim'
        AND id = lantern_viewer('victim_link_id')::uuid AND referral_id = lantern_viewer('referral_id')::uuid);
      CREATE POLICY victim_links_opening_read ON victim_links FOR SELECT
        USING (lantern_viewer('scope') = 'link_opening' AND token_hash = lantern_viewer('token_hash'));
      CREATE POLICY victim_links_opening_update ON victim_links FOR UPDATE
        USING (lantern_viewer('scope') = 'link_opening' AND token_hash = lantern_viewer('token_hash'))
        WITH CHECK (lantern_viewer('scope') = 'link_opening' AND token_hash = lantern_viewer('token_hash'));
    `);
    for (const table of REFERRAL_CHILD_TABLES) {
      await db.query(`CREATE POLICY ${table}_staff ON ${table} FOR ALL USING (${STAFF_OR_SYSTEM} AND ${PARENT_VISIBLE})`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of REFERRAL_CHILD_TABLES) await db.query(`DROP POLICY ${table}_staff ON ${table}`);
    await db.query(`
      DROP POLICY organisations_read ON organisations;
      DROP POLICY users_read ON users;
      DROP POLICY referrals_read ON referrals;
      DROP POLICY referrals_insert ON referrals;
      DROP POLICY referrals_update ON referrals;
      DROP POLICY reference_counters_own_force ON reference_counters;
      DROP POLICY idempotency_records_own ON idempotency_records;
      DROP POLICY safeguarding_updates_staff ON safeguarding_updates;
      DROP POLICY safeguarding_updates_victim ON safeguarding_updates;
      DROP POLICY victim_links_staff ON victim_links;
      DROP POLICY victim_links_victim ON victim_links;
      DROP POLICY victim_links_opening_read ON victim_links;
      DROP POLICY victim_links_opening_update ON victim_links;
    `);
    for (const table of TENANT_TABLES) {
      await db.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY; ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY;`);
    }
    await db.query(`DROP FUNCTION lantern_can_see_referral(uuid, uuid, uuid, timestamptz, uuid); DROP FUNCTION lantern_viewer(text);`);
  }
}
