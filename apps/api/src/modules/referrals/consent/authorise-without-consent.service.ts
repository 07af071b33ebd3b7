import type { StaffActor } from '../../../common/auth/actor.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import type { AuthoriseWithoutConsentInput } from './authorise-without-consent.input.js';
import { decideWithoutConsent } from './without-consent-decision.js';

/** A supervisor lets a referral go without the victim's consent, on safeguarding grounds. */
export class AuthoriseWithoutConsentService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
  ) {}

  /** Authorises the waiting request, with an optional note (see decideWithoutConsent for the refusals). */
  authorise(actor: StaffActor, input: AuthoriseWithoutConsentInput): Promise<ReferralEntity> {
    return decideWithoutConsent(this.tx, this.workflow, actor, {
      referralId: input.referralId,
      expectedVersion: input.expectedVersion,
      state: 'AUTHORISED',
      note: input.note?.trim() || null,
    });
  }
}
