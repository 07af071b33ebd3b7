import type { StaffActor } from '../../../common/auth/actor.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { OrganisationRepository } from '../../identity/organisation.repository.js';
import type { NotificationOutbox } from '../../notifications/notification-outbox.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import type { WithdrawConsentInput } from './withdraw-consent.input.js';

/** An officer records that the victim withdrew consent. */
export class WithdrawConsentService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
    private readonly organisations: OrganisationRepository,
    private readonly outbox: NotificationOutbox,
  ) {}

  /**
   * The referral stops (WITHDRAWN) and the service is e-mailed at once. Refuses with INVALID_TRANSITION
   * when there is no standing consent to withdraw.
   */
  withdraw(actor: StaffActor, input: WithdrawConsentInput): Promise<ReferralEntity> {
    const viewer = actor.viewer;
    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, input.referralId, 'WITHDRAW_CONSENT');
      // The WITHDRAW_CONSENT guard (packages/schema) let it through: consent was given and stands.
      const consent = referral.consent!;
      const now = new Date().toISOString();
      const reason = input.reason.trim();
      const service = await this.organisations.findById(manager, referral.partnerServiceId!);
      if (service?.email) {
        await this.outbox.enqueue(manager, referral, {
          kind: 'CONSENT_WITHDRAWN',
          channel: 'EMAIL',
          to: service.email,
          reference: `CONSENT_WITHDRAWN:${referral.id}`,
        });
      }
      return this.workflow.change(
        manager,
        actor,
        referral,
        input.expectedVersion,
        'WITHDRAW_CONSENT',
        {
          status: 'WITHDRAWN',
          finishedAt: new Date(now),
          consent: { ...consent, withdrawnAt: now, withdrawalReason: reason, withdrawalRecordedById: viewer.userId },
          withdrawal: { reason, consentWithdrawn: true, at: now, byId: viewer.userId },
        },
        { kind: 'CONSENT_WITHDRAWN', summary: 'The victim withdrew consent. The service must stop work on this referral.' },
      );
    });
  }
}
