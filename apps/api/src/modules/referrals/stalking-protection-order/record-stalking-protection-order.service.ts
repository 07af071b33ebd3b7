import { ORDER_DECISIONS } from '@lantern/schema/vocabularies';
import type { StaffActor } from '../../../common/auth/actor.js';
import { InputProblems } from '../../../common/errors/app-error.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import { today } from '../calendar-date.js';
import type { RecordStalkingProtectionOrderInput } from './record-stalking-protection-order.input.js';

/** An officer records whether a Stalking Protection Order was considered, the decision, and the order. */
export class RecordStalkingProtectionOrderService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
  ) {}

  /**
   * A considered order needs the reasons; a granted one the date it was made (not in the future); an
   * expiry must follow the date made. Replaces any earlier record. Refuses with BAD_USER_INPUT otherwise.
   */
  record(actor: StaffActor, input: RecordStalkingProtectionOrderInput): Promise<ReferralEntity> {
    const problems = new InputProblems();
    if (!input.considered && input.decision !== 'NOT_CONSIDERED') {
      problems.add('decision', 'Select "Not yet considered" or say that an order was considered');
    }
    if (input.considered && input.decision === 'NOT_CONSIDERED') problems.add('decision', 'Select the decision about the order');
    if (input.considered) problems.require('rationale', input.rationale, 'Enter the reasons for the decision');
    if (input.decision === 'INTERIM_GRANTED') problems.require('interimMadeOn', input.interimMadeOn, 'Enter the date the interim order was made');
    if (input.decision === 'FULL_GRANTED') problems.require('fullMadeOn', input.fullMadeOn, 'Enter the date the full order was made');
    for (const field of ['interimMadeOn', 'fullMadeOn'] as const) {
      const value = input[field];
      if (value && value > today()) problems.add(field, 'The date the order was made must be today or in the past');
    }
    const made = input.fullMadeOn ?? input.interimMadeOn;
    if (input.expiresOn && made && input.expiresOn <= made) problems.add('expiresOn', 'The expiry date must be after the date the order was made');
    problems.throwIfAny();
    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, input.referralId, 'RECORD_PROTECTIVE_ORDER');
      const stalkingProtectionOrder = {
        considered: input.considered,
        decision: input.decision,
        rationale: input.rationale?.trim() || null,
        interimMadeOn: input.interimMadeOn ?? null,
        fullMadeOn: input.fullMadeOn ?? null,
        conditions: input.conditions?.trim() || null,
        expiresOn: input.expiresOn ?? null,
        recordedById: actor.viewer.userId,
        recordedAt: new Date().toISOString(),
      };
      return this.workflow.change(manager, actor, referral, input.expectedVersion, 'RECORD_PROTECTIVE_ORDER', { stalkingProtectionOrder }, {
        kind: 'ORDER_RECORDED',
        summary: `Stalking Protection Order: ${ORDER_DECISIONS.labels[input.decision].toLowerCase()}`,
      });
    });
  }
}
