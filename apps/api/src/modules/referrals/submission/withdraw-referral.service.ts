import type { StaffActor } from '../../../common/auth/actor.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import type { WithdrawReferralInput } from './withdraw-referral.input.js';

/** The police withdraw a referral that is not finished, with their reason. */
export class WithdrawReferralService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
  ) {}

  withdraw(actor: StaffActor, input: WithdrawReferralInput): Promise<ReferralEntity> {
    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, input.referralId, 'WITHDRAW');
      const now = new Date();
      const reason = input.reason.trim();
      return this.workflow.change(
        manager,
        actor,
        referral,
        input.expectedVersion,
        'WITHDRAW',
        { status: 'WITHDRAWN', finishedAt: now, withdrawal: { reason, consentWithdrawn: false, at: now.toISOString(), byId: actor.viewer.userId } },
        { kind: 'WITHDRAWN', summary: `Referral withdrawn by the police: ${reason}` },
      );
    });
  }
}
