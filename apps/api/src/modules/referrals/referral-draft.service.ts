import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { POLICE_ROLES } from '@lantern/schema/roles';
import type { Context } from '../../context.js';
import { forbidden, InputProblems } from '../../common/errors/app-error.js';
import { claimIdempotencyKey } from '../../common/idempotency.js';
import { inTransaction } from '../../common/transaction.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import type { ReferralEntity } from './referral.entity.js';
import type { VictimPart } from './referral-parts.js';
import type { CreateReferralInput, UpdateReferralInput, VictimInput } from './referral-draft.input.js';
import type { ReferralChanges } from './referral.repository.js';
import { assertVisible } from './referral-access.js';
import { referralSentDue } from './referral-deadlines.js';
import { staffViewer, type ReferralWorkflow } from './referral-workflow.js';

const clean = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

export function toVictimPart(input: VictimInput | null | undefined): VictimPart {
  const contact = input?.safeContact ?? {};
  return {
    firstName: clean(input?.firstName),
    lastName: clean(input?.lastName),
    dateOfBirth: input?.dateOfBirth ?? null,
    area: clean(input?.area),
    postcode: clean(input?.postcode)?.toUpperCase() ?? null,
    safeContact: {
      phone: clean(contact.phone),
      email: clean(contact.email)?.toLowerCase() ?? null,
      voicemailSafe: contact.voicemailSafe ?? null,
      preferredMethod: contact.preferredMethod ?? null,
      safeTimes: clean(contact.safeTimes),
      safeToSpeakTo: clean(contact.safeToSpeakTo),
      notSafeToSpeakTo: clean(contact.notSafeToSpeakTo),
    },
    language: clean(input?.language),
    interpreterNeeded: input?.interpreterNeeded ?? null,
    accessibilityNeeds: clean(input?.accessibilityNeeds),
  };
}

function checkDates(problems: InputProblems, reportedAt: Date | null | undefined, victim: VictimInput | null | undefined, now: Date) {
  if (reportedAt && reportedAt.getTime() > now.getTime() + 60_000) {
    problems.add('reportedAt', 'The date the crime was reported must be today or in the past');
  }
  if (victim?.dateOfBirth && new Date(victim.dateOfBirth).getTime() > now.getTime()) {
    problems.add('victim.dateOfBirth', 'Date of birth must be in the past');
  }
}

/** Creating and editing a draft referral. */
export class ReferralDraftService {
  constructor(private readonly workflow: ReferralWorkflow) {}

  /** Creates a draft; a retry with the same idempotency key returns the same draft. */
  create(ctx: Context, input: CreateReferralInput): Promise<ReferralEntity> {
    const viewer = staffViewer(ctx);
    if (!POLICE_ROLES.includes(viewer.role)) throw forbidden();
    const now = new Date();
    const problems = new InputProblems();
    checkDates(problems, input.reportedAt, input.victim, now);
    problems.throwIfAny();
    const { idempotencyKey, ...payload } = input;
    return inTransaction(ctx, async (manager) => {
      const id = randomUUID();
      const claim = await claimIdempotencyKey(manager, {
        userId: viewer.userId,
        operation: 'createReferral',
        key: idempotencyKey,
        payload,
        resultId: id,
      });
      if (claim.kind === 'replay') {
        const existing = await this.workflow.repository.findById(manager, claim.resultId);
        return assertVisible(viewer, existing, 'CREATE', claim.resultId);
      }
      return this.insertDraft(manager, ctx, id, input, now);
    });
  }

  private async insertDraft(manager: EntityManager, ctx: Context, id: string, input: CreateReferralInput, now: Date) {
    const viewer = staffViewer(ctx);
    const force = await manager.findOneByOrFail(OrganisationEntity, { id: viewer.organisationId });
    const reference = await this.workflow.repository.nextReference(manager, force.id, force.code, now.getFullYear());
    const referral = await this.workflow.repository.insert(manager, {
      id,
      reference,
      policeForceId: force.id,
      officerId: viewer.userId,
      partnerServiceId: null,
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
      protectiveOrder: null,
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
    await this.workflow.record(manager, ctx, referral, { kind: 'CREATED', summary: `Draft referral ${reference} started` });
    await this.workflow.audit.record(manager, ctx, { action: 'CREATE', entityType: 'referral', entityId: id });
    return referral;
  }

  /** Changes a draft. Only the fields given change; `victim`, when given, replaces the victim details. */
  update(ctx: Context, input: UpdateReferralInput): Promise<ReferralEntity> {
    const problems = new InputProblems();
    checkDates(problems, input.reportedAt, input.victim, new Date());
    problems.throwIfAny();
    return inTransaction(ctx, async (manager) => {
      const referral = await this.workflow.load(manager, ctx, input.referralId, 'UPDATE');
      const changes: ReferralChanges = {};
      if (input.crimeReference) changes.crimeReference = input.crimeReference.trim().toUpperCase();
      if (input.reportedAt) {
        changes.reportedAt = input.reportedAt;
        changes.referralSentDueAt = referralSentDue(input.reportedAt);
      }
      if (input.offenceClassifications) changes.offenceClassifications = input.offenceClassifications;
      if (input.fourIndicators) changes.fourIndicators = input.fourIndicators;
      if (input.suspectRelationship) changes.suspectRelationship = input.suspectRelationship;
      if (input.circumstances !== undefined) changes.circumstances = clean(input.circumstances);
      if (input.victim) changes.victim = toVictimPart(input.victim);
      return this.workflow.change(manager, ctx, referral, input.expectedVersion, 'UPDATE', changes, null);
    });
  }
}

