import { CLOSURE_OUTCOMES } from '@lantern/schema/vocabularies';
import type { StaffActor } from '../../../common/auth/actor.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import type { CloseReferralInput } from './close-referral.input.js';

/** The partner service closes a referral it has finished working on, with the outcome and the reason. */
export class CloseReferralService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
  ) {}

  close(actor: StaffActor, input: CloseReferralInput): Promise<ReferralEntity> {
    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, input.referralId, 'CLOSE');
      const now = new Date();
      return this.workflow.change(
        manager,
        actor,
        referral,
        input.expectedVersion,
        'CLOSE',
        { status: 'CLOSED', finishedAt: now, closure: { outcome: input.outcome, reason: input.reason.trim(), at: now.toISOString(), byId: actor.viewer.userId } },
        { kind: 'CLOSED', summary: `Closed: ${CLOSURE_OUTCOMES.labels[input.outcome]}` },
      );
    });
  }
}
