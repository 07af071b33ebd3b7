import { CONTACT_ATTEMPT_OUTCOMES } from '@lantern/schema/vocabularies';
import type { StaffActor } from '../../../common/auth/actor.js';
import { InputProblems } from '../../../common/errors/app-error.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import type { ContactAttemptRepository } from './contact-attempt.repository.js';
import type { RecordContactAttemptInput } from './record-contact-attempt.input.js';

/** An advocate records an attempt to contact the victim. */
export class RecordContactAttemptService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
    private readonly attempts: ContactAttemptRepository,
  ) {}

  /**
   * The attempt (at `attemptedAt`, now by default) must not be in the future nor before the referral was
   * sent (BAD_USER_INPUT). The first successful contact meets the first-contact deadline and moves an
   * allocated referral to IN_CONTACT.
   */
  record(actor: StaffActor, input: RecordContactAttemptInput): Promise<ReferralEntity> {
    const attemptedAt = input.attemptedAt ?? new Date();
    if (attemptedAt.getTime() > Date.now() + 60_000) {
      new InputProblems().add('attemptedAt', 'The time of the attempt must be now or in the past').throwIfAny();
    }
    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, input.referralId, 'RECORD_CONTACT_ATTEMPT');
      if (referral.submittedAt && attemptedAt.getTime() < referral.submittedAt.getTime()) {
        new InputProblems().add('attemptedAt', 'The time of the attempt must be after the referral was sent').throwIfAny();
      }
      await this.attempts.add(manager, referral, {
        outcome: input.outcome,
        note: input.note?.trim() || null,
        attemptedAt,
        recordedById: actor.viewer.userId,
        recordedAt: new Date(),
      });
      const contacted = input.outcome === 'CONTACTED';
      const firstContact = contacted && !referral.firstContactAt;
      return this.workflow.change(
        manager,
        actor,
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
}
