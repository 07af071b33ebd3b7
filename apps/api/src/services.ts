import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import type { Repositories } from './repositories.js';
import { createReferralRecordFactsReader } from './referral-record-facts.js';
import { AuditService } from './common/audit/audit.service.js';
import { FlushReadAuditService } from './common/audit/flush-read-audit.service.js';
import type { AuditKeyring } from './common/audit/audit-keys.js';
import { RefusalAudit } from './common/audit/refusal-audit.js';
import { RateLimits } from './common/rate-limits.js';
import { TransactionRunner } from './common/transaction-runner.js';
import { DashboardService } from './modules/dashboard/dashboard.service.js';
import { DirectoryService } from './modules/directory/directory.service.js';
import { IdentityService } from './modules/identity/identity.service.js';
import { NotificationOutbox } from './modules/notifications/notification-outbox.js';
import type { PayloadSealer } from './modules/notifications/sealed-payload.js';
import type { Keyring } from './common/keys/keys.js';
import { CloseReferralService } from './modules/referrals/casework/close-referral.service.js';
import { RecordContactAttemptService } from './modules/referrals/casework/record-contact-attempt.service.js';
import { AuthoriseWithoutConsentService } from './modules/referrals/consent/authorise-without-consent.service.js';
import { RecordConsentService } from './modules/referrals/consent/record-consent.service.js';
import { RefuseWithoutConsentService } from './modules/referrals/consent/refuse-without-consent.service.js';
import { WithdrawConsentService } from './modules/referrals/consent/withdraw-consent.service.js';
import { CreateReferralService } from './modules/referrals/drafting/create-referral.service.js';
import { UpdateReferralService } from './modules/referrals/drafting/update-referral.service.js';
import { GetReferralService } from './modules/referrals/queries/get-referral.service.js';
import { ListReferralsService } from './modules/referrals/queries/list-referrals.service.js';
import { ReferralWorkflow } from './modules/referrals/referral-workflow.js';
import { RecordRiskScreeningService } from './modules/referrals/screening/record-risk-screening.service.js';
import { RecordOrderBreachService } from './modules/referrals/stalking-protection-order/record-order-breach.service.js';
import { RecordStalkingProtectionOrderService } from './modules/referrals/stalking-protection-order/record-stalking-protection-order.service.js';
import { SubmitReferralService } from './modules/referrals/submission/submit-referral.service.js';
import { WithdrawReferralService } from './modules/referrals/submission/withdraw-referral.service.js';
import { AcceptReferralService } from './modules/referrals/triage/accept-referral.service.js';
import { AllocateReferralService } from './modules/referrals/triage/allocate-referral.service.js';
import { DeclineReferralService } from './modules/referrals/triage/decline-referral.service.js';
import { AcknowledgeSafeguardingUpdateService } from './modules/safeguarding-updates/acknowledge-safeguarding-update.service.js';
import { PostSafeguardingUpdateService } from './modules/safeguarding-updates/post-safeguarding-update.service.js';
import { IssueVictimLinkService } from './modules/victim-links/issue-victim-link.service.js';
import { OpenVictimLinkService } from './modules/victim-links/open-victim-link.service.js';
import { RevokeVictimLinkService } from './modules/victim-links/revoke-victim-link.service.js';
import { VictimStatusService } from './modules/victim-links/victim-status.service.js';
import { AnonymiseExpiredReferralsService } from './modules/retention/anonymise-expired-referrals.service.js';
import { LiftLegalHoldService } from './modules/retention/lift-legal-hold.service.js';
import { PlaceLegalHoldService } from './modules/retention/place-legal-hold.service.js';

/** What the service layer is built from, besides the repositories. */
export interface ServiceDeps {
  readonly dataSource: DataSource;
  /** The pool rate-limit counters live in. */
  readonly pool: pg.Pool;
  readonly sealer: PayloadSealer;
  /** The audit log's signing keys (see auditKeyring). */
  readonly auditKeys: AuditKeyring;
  /** Keys derived from the master secrets (the rate-limit key, for one). */
  readonly keyring: Keyring;
  readonly config: Pick<Config, 'victimStatusUrl' | 'signInAttemptsPerAddress' | 'retentionMonths'>;
}

/**
 * The whole service layer, wired in one place: each service gets its collaborators (the transaction
 * runner, audit, the notification outbox, repositories, the configuration values it needs) here, and a
 * narrow Actor with each call. One service per action, named as the action.
 */
export function createServices(repositories: Repositories, deps: ServiceDeps) {
  const r = repositories;
  const audit = new AuditService(r.audit, deps.auditKeys);
  const tx = new TransactionRunner(deps.dataSource, audit);
  const refusals = new RefusalAudit(deps.dataSource, audit);
  const rateLimits = new RateLimits(deps.pool, deps.config.signInAttemptsPerAddress, refusals, deps.keyring);
  const outbox = new NotificationOutbox(r.notificationOutbox, deps.sealer);
  const workflow = new ReferralWorkflow(r.referrals, r.timeline, audit, createReferralRecordFactsReader(r.safeguardingUpdates, r.victimLinks), (m, id) =>
    r.victimLinks.revokeActive(m, id),
  );
  return {
    audit,
    refusals,
    /** Signs a checkpoint of the audit chain's newest event (the scheduled job). */
    writeAuditCheckpoint: () => tx.runAsSystem((manager) => audit.checkpoint(manager)),
    anonymiseExpiredReferrals: new AnonymiseExpiredReferralsService(tx, r.retention, audit, deps.config.retentionMonths),
    placeLegalHold: new PlaceLegalHoldService(tx, r.retention, audit),
    liftLegalHold: new LiftLegalHoldService(tx, r.retention, audit),
    identity: new IdentityService(tx, r.users, r.organisations, audit, rateLimits),
    /** Every database access runs through this (viewer set in PostgreSQL); `runAsSystem` for background jobs. */
    transactions: tx,
    flushReadAudit: new FlushReadAuditService(tx, audit),
    directory: new DirectoryService(tx, r.organisations),
    dashboard: new DashboardService(tx, r.dashboard, audit),
    getReferral: new GetReferralService(tx, r.referrals, audit),
    listReferrals: new ListReferralsService(tx, r.referrals, audit),
    createReferral: new CreateReferralService(tx, workflow, r.referrals, r.organisations, r.idempotency, audit),
    updateReferral: new UpdateReferralService(tx, workflow, r.organisations),
    recordConsent: new RecordConsentService(tx, workflow, r.organisations),
    withdrawConsent: new WithdrawConsentService(tx, workflow, r.organisations, outbox),
    authoriseWithoutConsent: new AuthoriseWithoutConsentService(tx, workflow),
    refuseWithoutConsent: new RefuseWithoutConsentService(tx, workflow),
    recordRiskScreening: new RecordRiskScreeningService(tx, workflow),
    recordStalkingProtectionOrder: new RecordStalkingProtectionOrderService(tx, workflow),
    recordOrderBreach: new RecordOrderBreachService(tx, workflow, r.orderBreaches),
    submitReferral: new SubmitReferralService(tx, workflow, r.organisations, outbox),
    withdrawReferral: new WithdrawReferralService(tx, workflow),
    acceptReferral: new AcceptReferralService(tx, workflow, r.organisations),
    declineReferral: new DeclineReferralService(tx, workflow),
    allocateReferral: new AllocateReferralService(tx, workflow, r.users),
    recordContactAttempt: new RecordContactAttemptService(tx, workflow, r.contactAttempts),
    closeReferral: new CloseReferralService(tx, workflow),
    postSafeguardingUpdate: new PostSafeguardingUpdateService(tx, workflow, r.referrals, r.safeguardingUpdates, r.users, r.idempotency, outbox),
    acknowledgeSafeguardingUpdate: new AcknowledgeSafeguardingUpdateService(tx, workflow, r.safeguardingUpdates),
    issueVictimLink: new IssueVictimLinkService(tx, workflow, r.victimLinks, outbox, deps.config.victimStatusUrl),
    revokeVictimLink: new RevokeVictimLinkService(tx, workflow, r.victimLinks),
    openVictimLink: new OpenVictimLinkService(tx, r.victimLinks, audit, rateLimits),
    victimStatus: new VictimStatusService(tx, r.victimLinks, r.referrals, r.organisations, r.users, r.safeguardingUpdates, audit),
  };
}

export type Services = ReturnType<typeof createServices>;
