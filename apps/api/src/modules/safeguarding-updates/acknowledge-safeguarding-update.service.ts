import type { StaffActor } from '../../common/auth/actor.js';
import { denied, notFound } from '../../common/errors/app-error.js';
import type { TransactionRunner } from '../../common/transaction-runner.js';
import type { ReferralWorkflow } from '../referrals/referral-workflow.js';
import type { AcknowledgeSafeguardingUpdateInput } from './acknowledge-safeguarding-update.input.js';
import type { SafeguardingUpdateEntity } from './safeguarding-update.entity.js';
import type { SafeguardingUpdateRepository } from './safeguarding-update.repository.js';

/** The officer in the case (or their force) acknowledges an urgent safeguarding update. */
export class AcknowledgeSafeguardingUpdateService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
    private readonly updates: SafeguardingUpdateRepository,
  ) {}

  /**
   * Records who acknowledged it and when; acknowledging it again, even at the same moment, changes nothing
   * (one acknowledgement, one timeline entry). Refuses with NOT_FOUND an
   * update the officer may not see, and with INVALID_TRANSITION an update that is not urgent.
   */
  acknowledge(actor: StaffActor, input: AcknowledgeSafeguardingUpdateInput): Promise<SafeguardingUpdateEntity> {
    const viewer = actor.viewer;
    return this.tx.run(actor, async (manager) => {
      const update = await this.updates.findById(manager, input.updateId);
      if (!update) throw denied(notFound(), { action: 'ACKNOWLEDGE_SAFEGUARDING_UPDATE', entityType: 'safeguarding_update', entityId: input.updateId });
      const referral = await this.workflow.load(manager, actor, update.referralId, 'ACKNOWLEDGE_SAFEGUARDING_UPDATE', {
        safeguardingUpdate: { urgent: update.urgent },
      });
      if (update.acknowledgedAt) return update;
      const { update: acknowledged, first } = await this.updates.acknowledge(manager, update.id, viewer.userId);
      if (!first) return acknowledged;
      await this.workflow.record(manager, actor, referral, {
        kind: 'UPDATE_ACKNOWLEDGED',
        summary: `Urgent update acknowledged by ${viewer.name}`,
      });
      await this.workflow.audited(manager, actor, 'ACKNOWLEDGE_SAFEGUARDING_UPDATE', referral);
      return acknowledged;
    });
  }
}
