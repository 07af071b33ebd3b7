import { randomUUID } from 'node:crypto';
import { ALWAYS_URGENT_KINDS, SAFEGUARDING_UPDATE_KINDS, type RiskLevel } from '@lantern/schema/vocabularies';
import type { Context } from '../../context.js';
import { denied, InputProblems, notFound } from '../../common/errors/app-error.js';
import { claimIdempotencyKey } from '../../common/idempotency.js';
import { inTransaction } from '../../common/transaction.js';
import { SafeguardingUpdateEntity } from './referral-records.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import type { AcknowledgeSafeguardingUpdateInput } from './referral-police.input.js';
import type { PostSafeguardingUpdateInput } from './referral-partner.input.js';
import { assertActionAllowed, assertVisible, refusal } from './referral-access.js';
import { staffViewer, type ReferralWorkflow } from './referral-workflow.js';

const RISK_ORDER: Record<RiskLevel, number> = { STANDARD: 0, MEDIUM: 1, HIGH: 2 };

/** Safeguarding updates from the service to the officer in the case, and their acknowledgement. */
export class SafeguardingUpdateService {
  constructor(private readonly workflow: ReferralWorkflow) {}

  /** Posts an update; a retry with the same idempotency key returns the same update. */
  post(ctx: Context, input: PostSafeguardingUpdateInput): Promise<SafeguardingUpdateEntity> {
    const viewer = staffViewer(ctx);
    if (input.kind === 'RISK_CHANGE') {
      new InputProblems().require('newRiskLevel', input.newRiskLevel, 'Select the new risk level').throwIfAny();
    }
    const { idempotencyKey, expectedVersion: _version, ...payload } = input;
    void _version;
    return inTransaction(ctx, async (manager) => {
      const id = randomUUID();
      const claim = await claimIdempotencyKey(manager, {
        userId: viewer.userId,
        operation: 'postSafeguardingUpdate',
        key: idempotencyKey,
        payload,
        resultId: id,
      });
      if (claim.kind === 'replay') {
        const earlier = await manager.findOneByOrFail(SafeguardingUpdateEntity, { id: claim.resultId });
        assertVisible(viewer, await this.workflow.repository.findById(manager, earlier.referralId), 'POST_SAFEGUARDING_UPDATE', earlier.referralId);
        return earlier;
      }
      const referral = await this.workflow.load(manager, ctx, input.referralId, 'POST_SAFEGUARDING_UPDATE');
      const riskUp = input.newRiskLevel && (!referral.riskLevel || RISK_ORDER[input.newRiskLevel] > RISK_ORDER[referral.riskLevel]);
      const urgent = input.needsPoliceAction || ALWAYS_URGENT_KINDS.includes(input.kind) || Boolean(riskUp);
      await manager.insert(SafeguardingUpdateEntity, {
        id,
        referralId: referral.id,
        policeForceId: referral.policeForceId,
        partnerServiceId: referral.partnerServiceId,
        kind: input.kind,
        text: input.text.trim(),
        newRiskLevel: input.newRiskLevel ?? null,
        needsPoliceAction: input.needsPoliceAction,
        urgent,
        visibleToVictim: input.visibleToVictim,
        postedById: viewer.userId,
        postedAt: new Date(),
        acknowledgedById: null,
        acknowledgedAt: null,
      });
      if (urgent) {
        const officer = await manager.findOneByOrFail(UserEntity, { id: referral.officerId });
        await this.workflow.notifications.enqueue(manager, referral, {
          kind: 'URGENT_UPDATE',
          channel: 'EMAIL',
          to: officer.email,
          reference: `URGENT_UPDATE:${id}`,
        });
      }
      const label = SAFEGUARDING_UPDATE_KINDS.labels[input.kind];
      await this.workflow.change(
        manager,
        ctx,
        referral,
        input.expectedVersion,
        'POST_SAFEGUARDING_UPDATE',
        input.newRiskLevel ? { riskLevel: input.newRiskLevel } : {},
        { kind: urgent ? 'URGENT_UPDATE' : 'UPDATE', summary: `Safeguarding update: ${label}${urgent ? ' (urgent: needs police acknowledgement)' : ''}` },
      );
      return manager.findOneByOrFail(SafeguardingUpdateEntity, { id });
    });
  }

  acknowledge(ctx: Context, input: AcknowledgeSafeguardingUpdateInput): Promise<SafeguardingUpdateEntity> {
    const viewer = staffViewer(ctx);
    return inTransaction(ctx, async (manager) => {
      const update = await manager.findOneBy(SafeguardingUpdateEntity, { id: input.updateId });
      if (!update) throw denied(notFound(), { action: 'ACKNOWLEDGE_SAFEGUARDING_UPDATE', entityType: 'safeguarding_update', entityId: input.updateId });
      const referral = assertVisible(viewer, await this.workflow.repository.findById(manager, update.referralId), 'ACKNOWLEDGE_SAFEGUARDING_UPDATE', update.referralId);
      assertActionAllowed(viewer, referral, 'ACKNOWLEDGE_SAFEGUARDING_UPDATE');
      if (!update.urgent) {
        throw refusal(referral, 'ACKNOWLEDGE_SAFEGUARDING_UPDATE', 'Only urgent updates need acknowledging.');
      }
      if (update.acknowledgedAt) return update;
      await manager.update(SafeguardingUpdateEntity, { id: update.id }, { acknowledgedById: viewer.userId, acknowledgedAt: new Date() });
      await this.workflow.record(manager, ctx, referral, {
        kind: 'UPDATE_ACKNOWLEDGED',
        summary: `Urgent update acknowledged by ${viewer.name}`,
      });
      await this.workflow.audit.record(manager, ctx, { action: 'ACKNOWLEDGE_SAFEGUARDING_UPDATE', entityType: 'referral', entityId: referral.id });
      return manager.findOneByOrFail(SafeguardingUpdateEntity, { id: update.id });
    });
  }
}
