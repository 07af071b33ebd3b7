import { CLOSURE_OUTCOMES, CONTACT_ATTEMPT_OUTCOMES, DECLINE_REASONS } from '@lantern/schema/vocabularies';
import type { Context } from '../../context.js';
import { InputProblems } from '../../common/errors/app-error.js';
import { inTransaction } from '../../common/transaction.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { ContactAttemptEntity } from './referral-records.entity.js';
import type { ReferralEntity } from './referral.entity.js';
import type {
  AcceptReferralInput,
  AllocateReferralInput,
  CloseReferralInput,
  DeclineReferralInput,
  RecordContactAttemptInput,
} from './referral-partner.input.js';
import { firstContactDue } from './referral-deadlines.js';
import { staffViewer, type ReferralWorkflow } from './referral-workflow.js';

/** A partner service's work on a referral: triage, allocation, contact and closure. */
export class ReferralPartnerService {
  constructor(private readonly workflow: ReferralWorkflow) {}

  accept(ctx: Context, input: AcceptReferralInput): Promise<ReferralEntity> {
    return inTransaction(ctx, async (manager) => {
      const referral = await this.workflow.load(manager, ctx, input.referralId, 'ACCEPT');
      const service = await manager.findOneByOrFail(OrganisationEntity, { id: referral.partnerServiceId! });
      const now = new Date();
      return this.workflow.change(
        manager,
        ctx,
        referral,
        input.expectedVersion,
        'ACCEPT',
        {
          status: 'ACCEPTED',
          acceptedAt: now,
          decidedAt: now,
          firstContactDueAt: firstContactDue(now, referral.riskLevel, service.firstContactTargetDays),
        },
        { kind: 'ACCEPTED', summary: `Accepted by ${service.name}` },
      );
    });
  }

  decline(ctx: Context, input: DeclineReferralInput): Promise<ReferralEntity> {
    const viewer = staffViewer(ctx);
    if (input.reason === 'OTHER') new InputProblems().require('note', input.note, 'Enter the reason for declining').throwIfAny();
    return inTransaction(ctx, async (manager) => {
      const referral = await this.workflow.load(manager, ctx, input.referralId, 'DECLINE');
      const now = new Date();
      const note = input.note?.trim() || null;
      return this.workflow.change(
        manager,
        ctx,
        referral,
        input.expectedVersion,
        'DECLINE',
        {
          status: 'DECLINED',
          decidedAt: now,
          finishedAt: now,
          decline: { reason: input.reason, note, at: now.toISOString(), byId: viewer.userId },
        },
        { kind: 'DECLINED', summary: `Declined: ${DECLINE_REASONS.labels[input.reason]}` },
      );
    });
  }

  allocate(ctx: Context, input: AllocateReferralInput): Promise<ReferralEntity> {
    const viewer = staffViewer(ctx);
    return inTransaction(ctx, async (manager) => {
      const referral = await this.workflow.load(manager, ctx, input.referralId, 'ALLOCATE');
      const advocate = await manager.findOneBy(UserEntity, { id: input.advocateId });
      const problems = new InputProblems();
      if (!advocate || advocate.organisationId !== viewer.organisationId || advocate.role !== 'ADVOCATE' || advocate.disabledAt) {
        problems.add('advocateId', 'Select an advocate from your service');
      } else if (advocate.id === referral.advocateId) {
        problems.add('advocateId', `This referral is already allocated to ${advocate.name}`);
      }
      problems.throwIfAny();
      const reallocating = referral.advocateId !== null;
      return this.workflow.change(
        manager,
        ctx,
        referral,
        input.expectedVersion,
        'ALLOCATE',
        {
          advocateId: advocate!.id,
          allocatedAt: new Date(),
          status: referral.status === 'ACCEPTED' ? 'ALLOCATED' : referral.status,
        },
        { kind: reallocating ? 'REALLOCATED' : 'ALLOCATED', summary: `${reallocating ? 'Reallocated' : 'Allocated'} to ${advocate!.name}` },
      );
    });
  }

  recordContactAttempt(ctx: Context, input: RecordContactAttemptInput): Promise<ReferralEntity> {
    const viewer = staffViewer(ctx);
    const attemptedAt = input.attemptedAt ?? new Date();
    if (attemptedAt.getTime() > Date.now() + 60_000) {
      new InputProblems().add('attemptedAt', 'The time of the attempt must be now or in the past').throwIfAny();
    }
    return inTransaction(ctx, async (manager) => {
      const referral = await this.workflow.load(manager, ctx, input.referralId, 'RECORD_CONTACT_ATTEMPT');
      if (referral.submittedAt && attemptedAt.getTime() < referral.submittedAt.getTime()) {
        new InputProblems().add('attemptedAt', 'The time of the attempt must be after the referral was sent').throwIfAny();
      }
      await manager.insert(ContactAttemptEntity, {
        referralId: referral.id,
        policeForceId: referral.policeForceId,
        partnerServiceId: referral.partnerServiceId,
        outcome: input.outcome,
        note: input.note?.trim() || null,
        attemptedAt,
        recordedById: viewer.userId,
        recordedAt: new Date(),
      });
      const contacted = input.outcome === 'CONTACTED';
      const firstContact = contacted && !referral.firstContactAt;
      return this.workflow.change(
        manager,
        ctx,
        referral,
        input.expectedVersion,
        'RECORD_CONTACT_ATTEMPT',
        {
          ...(firstContact ? { firstContactAt: attemptedAt } : {}),
          ...(contacted && referral.status === 'ALLOCATED' ? { status: 'IN_CONTACT' as const } : {}),
        },
        {
          kind: firstContact ? 'FIRST_CONTACT' : 'CONTACT_ATTEMPT',
          summary: `Contact attempt: ${CONTACT_ATTEMPT_OUTCOMES.labels[input.outcome].toLowerCase()}`,
        },
      );
    });
  }

  close(ctx: Context, input: CloseReferralInput): Promise<ReferralEntity> {
    const viewer = staffViewer(ctx);
    return inTransaction(ctx, async (manager) => {
      const referral = await this.workflow.load(manager, ctx, input.referralId, 'CLOSE');
      const now = new Date();
      return this.workflow.change(
        manager,
        ctx,
        referral,
        input.expectedVersion,
        'CLOSE',
        { status: 'CLOSED', finishedAt: now, closure: { outcome: input.outcome, reason: input.reason.trim(), at: now.toISOString(), byId: viewer.userId } },
        { kind: 'CLOSED', summary: `Closed: ${CLOSURE_OUTCOMES.labels[input.outcome]}` },
      );
    });
  }
}
