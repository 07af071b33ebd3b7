import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { AuditService } from './common/audit/audit.service.js';
import { RateLimits } from './common/rate-limits.js';
import { DashboardService } from './modules/dashboard/dashboard.service.js';
import { DirectoryService } from './modules/directory/directory.service.js';
import { IdentityService } from './modules/identity/identity.service.js';
import { ReferralConsentService } from './modules/referrals/referral-consent.service.js';
import { ReferralDraftService } from './modules/referrals/referral-draft.service.js';
import { ReferralPartnerService } from './modules/referrals/referral-partner.service.js';
import { ReferralQueryService } from './modules/referrals/referral-query.service.js';
import { ReferralRepository } from './modules/referrals/referral.repository.js';
import { ReferralRiskService } from './modules/referrals/referral-risk.service.js';
import { ReferralSubmissionService } from './modules/referrals/referral-submission.service.js';
import { ReferralWorkflow } from './modules/referrals/referral-workflow.js';
import { SafeguardingUpdateService } from './modules/referrals/safeguarding-update.service.js';
import { VictimLinkService } from './modules/victim-links/victim-link.service.js';
import { NotificationService } from './modules/notifications/notification.service.js';
import type { PayloadSealer } from './modules/notifications/sealed-payload.js';

/** The whole service layer, wired in one place. */
export function createServices(pool: pg.Pool, boss: PgBoss, sealer: PayloadSealer, signInAttemptsPerAddress = 100) {
  const audit = new AuditService();
  const rateLimits = new RateLimits(pool, signInAttemptsPerAddress);
  const notifications = new NotificationService(boss, sealer);
  const workflow = new ReferralWorkflow(new ReferralRepository(), audit, notifications);
  return {
    audit,
    rateLimits,
    notifications,
    identity: new IdentityService(audit, rateLimits),
    directory: new DirectoryService(),
    dashboard: new DashboardService(),
    referralQueries: new ReferralQueryService(workflow),
    referralDrafts: new ReferralDraftService(workflow),
    referralConsent: new ReferralConsentService(workflow),
    referralRisk: new ReferralRiskService(workflow),
    referralSubmission: new ReferralSubmissionService(workflow),
    referralPartner: new ReferralPartnerService(workflow),
    safeguardingUpdates: new SafeguardingUpdateService(workflow),
    victimLinks: new VictimLinkService(workflow, rateLimits),
  };
}

export type Services = ReturnType<typeof createServices>;
