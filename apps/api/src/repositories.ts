import type PgBoss from 'pg-boss';
import { AuditRepository } from './common/audit/audit.repository.js';
import type { AuditKeyring } from './common/audit/audit-keys.js';
import { IdempotencyRepository } from './common/idempotency.repository.js';
import { DashboardRepository } from './modules/dashboard/dashboard.repository.js';
import { OrganisationRepository } from './modules/identity/organisation.repository.js';
import { UserRepository } from './modules/identity/user.repository.js';
import { NotificationOutboxRepository } from './modules/notifications/notification-outbox.repository.js';
import { ContactAttemptRepository } from './modules/referrals/casework/contact-attempt.repository.js';
import { ReferralRepository } from './modules/referrals/referral.repository.js';
import { OrderBreachRepository } from './modules/referrals/stalking-protection-order/order-breach.repository.js';
import { ReferralEventRepository } from './modules/referrals/timeline/referral-event.repository.js';
import { SafeguardingUpdateRepository } from './modules/safeguarding-updates/safeguarding-update.repository.js';
import { VictimLinkRepository } from './modules/victim-links/victim-link.repository.js';
import { RetentionRepository } from './modules/retention/retention.repository.js';

/**
 * Every repository, wired in one place: the only code that touches the ORM or SQL. They hold no connection:
 * each call takes the EntityManager of the caller's transaction (or the pool's, for reads). `auditKeys` sign
 * the audit log's chain and checkpoints.
 */
export function createRepositories(boss: PgBoss, auditKeys: AuditKeyring) {
  const referrals = new ReferralRepository();
  return {
    audit: new AuditRepository(auditKeys),
    idempotency: new IdempotencyRepository(),
    users: new UserRepository(),
    organisations: new OrganisationRepository(),
    referrals,
    timeline: new ReferralEventRepository(),
    contactAttempts: new ContactAttemptRepository(),
    orderBreaches: new OrderBreachRepository(),
    safeguardingUpdates: new SafeguardingUpdateRepository(),
    victimLinks: new VictimLinkRepository(),
    notificationOutbox: new NotificationOutboxRepository(boss),
    dashboard: new DashboardRepository(referrals),
    retention: new RetentionRepository(),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
