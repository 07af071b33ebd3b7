import type { StaffActor } from '../../../common/auth/actor.js';
import { InputProblems } from '../../../common/errors/app-error.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import { today } from '../calendar-date.js';
import type { OrderBreachRepository } from './order-breach.repository.js';
import type { RecordOrderBreachInput } from './record-order-breach.input.js';

/** An officer records a breach of a granted Stalking Protection Order. */
export class RecordOrderBreachService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
    private readonly breaches: OrderBreachRepository,
  ) {}

  /**
   * Refuses with BAD_USER_INPUT a breach dated in the future or before the order was made (its interim
   * order if there was one), and with INVALID_TRANSITION a breach of an
   * order that was not granted.
   */
  record(actor: StaffActor, input: RecordOrderBreachInput): Promise<ReferralEntity> {
    if (input.occurredOn > today()) new InputProblems().add('occurredOn', 'The date of the breach must be today or in the past').throwIfAny();
    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, input.referralId, 'RECORD_ORDER_BREACH');
      const order = referral.stalkingProtectionOrder;
      const madeOn = order?.interimMadeOn ?? order?.fullMadeOn ?? null;
      if (madeOn && input.occurredOn < madeOn) {
        new InputProblems().add('occurredOn', `The breach must be on or after the date the order was made (${madeOn})`).throwIfAny();
      }
      await this.breaches.add(manager, referral, {
        occurredOn: input.occurredOn,
        description: input.description.trim(),
        crimeReference: input.crimeReference?.trim().toUpperCase() || null,
        recordedById: actor.viewer.userId,
        recordedAt: new Date(),
      });
      return this.workflow.change(manager, actor, referral, input.expectedVersion, 'RECORD_ORDER_BREACH', {}, {
        kind: 'ORDER_BREACH_RECORDED',
        summary: `Breach of the Stalking Protection Order recorded (${input.occurredOn})`,
      });
    });
  }
}
