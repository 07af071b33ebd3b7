import type { StaffActor } from '../../../common/auth/actor.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { AuthorisationState } from '@lantern/schema/vocabularies';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralWorkflow } from '../referral-workflow.js';

/**
 * A supervisor's decision on a request to refer without the victim's consent, shared by authorising and
 * refusing. Refuses with INVALID_TRANSITION when no request is waiting, or when the supervisor asked for it
 * themselves (another supervisor must decide).
 */
export function decideWithoutConsent(
  tx: TransactionRunner,
  workflow: ReferralWorkflow,
  actor: StaffActor,
  decision: { referralId: string; expectedVersion: number; state: Exclude<AuthorisationState, 'REQUESTED'>; note: string | null },
): Promise<ReferralEntity> {
  const { state } = decision;
  const action = state === 'AUTHORISED' ? 'AUTHORISE_WITHOUT_CONSENT' : 'REFUSE_WITHOUT_CONSENT';
  return tx.run(actor, async (manager) => {
    const referral = await workflow.load(manager, actor, decision.referralId, action);
    // The guard (decideWithoutConsent in packages/schema) let it through: a request is waiting.
    const request = referral.noConsent!;
    const decided = { ...request, state, decidedById: actor.viewer.userId, decidedAt: new Date().toISOString(), decisionNote: decision.note };
    const summary =
      state === 'AUTHORISED'
        ? 'Supervisor authorised the referral without consent on safeguarding grounds'
        : 'Supervisor refused to authorise the referral without consent';
    return workflow.change(manager, actor, referral, decision.expectedVersion, action, { noConsent: decided }, {
      kind: state === 'AUTHORISED' ? 'AUTHORISED_WITHOUT_CONSENT' : 'AUTHORISATION_REFUSED',
      summary,
    });
  });
}
