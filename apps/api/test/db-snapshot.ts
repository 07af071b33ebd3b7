import type { OwnerDb } from './owner-db.js';
import type { Tenancy } from './tenancy.js';

/** Everything a change to one referral could touch, read straight from the database. */
export function referralSnapshot(db: OwnerDb, referralId: string) {
  return db.one<{
    status: string;
    version: number;
    updated_at: Date;
    advocate_id: string | null;
    partner_service_id: string | null;
    events: number;
    contact_attempts: number;
    updates: number;
    acknowledged: number;
    breaches: number;
    links: number;
    revoked_links: number;
  }>(
    `SELECT r.status, r.version, r.updated_at, r.advocate_id, r.partner_service_id,
       (SELECT count(*) FROM referral_events x WHERE x.referral_id = r.id)::int AS events,
       (SELECT count(*) FROM contact_attempts x WHERE x.referral_id = r.id)::int AS contact_attempts,
       (SELECT count(*) FROM safeguarding_updates x WHERE x.referral_id = r.id)::int AS updates,
       (SELECT count(*) FROM safeguarding_updates x WHERE x.referral_id = r.id AND x.acknowledged_at IS NOT NULL)::int AS acknowledged,
       (SELECT count(*) FROM order_breaches x WHERE x.referral_id = r.id)::int AS breaches,
       (SELECT count(*) FROM victim_links x WHERE x.referral_id = r.id)::int AS links,
       (SELECT count(*) FROM victim_links x WHERE x.referral_id = r.id AND x.revoked_at IS NOT NULL)::int AS revoked_links
     FROM referrals r WHERE r.id = $1`,
    [referralId],
  );
}

/** Row counts and versions of everything a tenancy's people could write. */
export function tenancySnapshot(db: OwnerDb, tenancy: Tenancy) {
  const forces = [tenancy.force.id, tenancy.otherForce.id];
  const users = Object.values(tenancy.users).map((u) => u.id);
  return db.one<Record<string, number | Date | null>>(
    `SELECT
       (SELECT count(*) FROM referrals WHERE police_force_id = ANY($1))::int AS referrals,
       (SELECT coalesce(sum(version), 0) FROM referrals WHERE police_force_id = ANY($1))::int AS versions,
       (SELECT max(updated_at) FROM referrals WHERE police_force_id = ANY($1)) AS last_update,
       (SELECT count(*) FROM referral_events WHERE police_force_id = ANY($1))::int AS events,
       (SELECT count(*) FROM contact_attempts WHERE police_force_id = ANY($1))::int AS contact_attempts,
       (SELECT count(*) FROM safeguarding_updates WHERE police_force_id = ANY($1))::int AS updates,
       (SELECT count(*) FROM safeguarding_updates WHERE police_force_id = ANY($1) AND acknowledged_at IS NOT NULL)::int AS acknowledged,
       (SELECT count(*) FROM order_breaches WHERE police_force_id = ANY($1))::int AS breaches,
       (SELECT count(*) FROM victim_links WHERE police_force_id = ANY($1))::int AS links,
       (SELECT count(*) FROM idempotency_records WHERE user_id = ANY($2))::int AS idempotency_keys`,
    [forces, users],
  );
}
