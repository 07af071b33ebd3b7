import type { StaffActor } from '../../../common/auth/actor.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import type { RefuseWithoutConsentInput } from './refuse-without-consent.input.js';
import { decideWithoutConsent } from './without-consent-decision.js';

/** A supervisor refuses to let a referral go without the victim's consent. */
export class RefuseWithoutConsentService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
  ) {}

  /** Refuses the waiting request, with the reason (see decideWithoutConsent for the refusals). */
  refuse(actor: StaffActor, input: RefuseWithoutConsentInput): Promise<ReferralEntity> {
    return decideWithoutConsent(this.tx, this.workflow, actor, {
      referralId: input.referralId,
      expectedVersion: input.expectedVersion,
      state: 'REFUSED',
      note: input.reason.trim(),
    });
  }
}
