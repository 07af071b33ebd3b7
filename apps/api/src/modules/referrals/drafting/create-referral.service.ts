import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { POLICE_ROLES } from '@lantern/schema/roles';
import type { StaffActor } from '../../../common/auth/actor.js';
import type { AuditService } from '../../../common/audit/audit.service.js';
import { forbidden, InputProblems } from '../../../common/errors/app-error.js';
import type { IdempotencyRepository } from '../../../common/idempotency.repository.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { OrganisationRepository } from '../../identity/organisation.repository.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralRepository } from '../referral.repository.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import { assertVisible } from '../referral-access.js';
import { referralSentDue } from '../deadlines/referral-deadlines.js';
import type { CreateReferralInput } from './create-referral.input.js';
import { checkDraftDates, clean, toVictimPart } from './victim-details.js';

/** An officer starts a draft referral. */
export class CreateReferralService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
    private readonly referrals: ReferralRepository,
    private readonly organisations: OrganisationRepository,
    private readonly idempotency: IdempotencyRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates a draft in the officer's force, with its reference and its referral-sent deadline. A retry with
   * the same idempotency key returns the same draft; the same key with other details is refused.
   * Refuses with FORBIDDEN for anyone but the police, BAD_USER_INPUT for dates in the future.
   */
  create(actor: StaffActor, input: CreateReferralInput): Promise<ReferralEntity> {
    const viewer = actor.viewer;
    if (!POLICE_ROLES.includes(viewer.role)) throw forbidden();
    const now = new Date();
    const problems = new InputProblems();
    checkDraftDates(problems, input.reportedAt, input.victim, now);
    problems.throwIfAny();
    const { idempotencyKey, ...payload } = input;
    return this.tx.run(actor, async (manager) => {
      const id = randomUUID();
      const claim = await this.idempotency.claim(manager, {
        userId: viewer.userId,
        operation: 'createReferral',
        key: idempotencyKey,
        payload,
        resultId: id,
      });
      if (claim.kind === 'replay') {
        const existing = await this.referrals.findById(manager, claim.resultId);
        return assertVisible(viewer, existing, 'CREATE', claim.resultId);
      }
      return this.insertDraft(manager, actor, id, input, now);
    });
  }

  private async insertDraft(manager: EntityManager, actor: StaffActor, id: string, input: CreateReferralInput, now: Date) {
    const viewer = actor.viewer;
    const force = await this.organisations.findById(manager, viewer.organisationId);
    if (!force) throw new Error(`Missing force ${viewer.organisationId}`);
    const reference = await this.referrals.nextReference(manager, force.id, force.code, now.getFullYear());
    const referral = await this.referrals.insert(manager, {
      id,
      reference,
      policeForceId: force.id,
      officerId: viewer.userId,
      partnerServiceId: null,
      proposedServiceId: null,
      advocateId: null,
      status: 'DRAFT',
      crimeReference: input.crimeReference.trim().toUpperCase(),
      reportedAt: input.reportedAt,
      offenceClassifications: input.offenceClassifications,
      fourIndicators: input.fourIndicators,
      suspectRelationship: input.suspectRelationship,
      circumstances: clean(input.circumstances),
      riskLevel: null,
      victim: toVictimPart(input.victim),
      consent: null,
      noConsent: null,
      screening: null,
      stalkingProtectionOrder: null,
      decline: null,
      closure: null,
      withdrawal: null,
      referralSentDueAt: referralSentDue(input.reportedAt),
      submittedAt: null,
      acceptanceDueAt: null,
      acceptedAt: null,
      decidedAt: null,
      allocatedAt: null,
      firstContactDueAt: null,
      firstContactAt: null,
      finishedAt: null,
      createdAt: now,
    });
    await this.workflow.record(manager, actor, referral, { kind: 'CREATED', summary: `Draft referral ${reference} started` });
    await this.audit.record(manager, actor, { action: 'CREATE', entityType: 'referral', entityId: id });
    return referral;
  }
}
