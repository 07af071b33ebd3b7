import { DECLINE_REASONS } from '@lantern/schema/vocabularies';
import type { StaffActor } from '../../../common/auth/actor.js';
import { InputProblems } from '../../../common/errors/app-error.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import type { DeclineReferralInput } from './decline-referral.input.js';

/** A partner manager declines a referral sent to their service. */
export class DeclineReferralService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
  ) {}

  /** Declines with a reason; the reason OTHER needs a note (BAD_USER_INPUT without one). The referral is finished. */
  decline(actor: StaffActor, input: DeclineReferralInput): Promise<ReferralEntity> {
    if (input.reason === 'OTHER') new InputProblems().require('note', input.note, 'Enter the reason for declining').throwIfAny();
    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, input.referralId, 'DECLINE');
      const now = new Date();
      const note = input.note?.trim() || null;
      return this.workflow.change(
        manager,
        actor,
        referral,
        input.expectedVersion,
        'DECLINE',
        {
          status: 'DECLINED',
          decidedAt: now,
          finishedAt: now,
          decline: { reason: input.reason, note, at: now.toISOString(), byId: actor.viewer.userId },
        },
        { kind: 'DECLINED', summary: `Declined: ${DECLINE_REASONS.labels[input.reason]}` },
      );
    });
  }
}
