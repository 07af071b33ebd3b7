import type { StaffActor } from '../../../common/auth/actor.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { OrganisationRepository } from '../../identity/organisation.repository.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import { firstContactDue } from '../deadlines/referral-deadlines.js';
import type { AcceptReferralInput } from './accept-referral.input.js';

/** A partner manager accepts a referral sent to their service. */
export class AcceptReferralService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
    private readonly organisations: OrganisationRepository,
  ) {}

  /** Accepts the referral and starts the first-contact deadline (see firstContactDue). */
  accept(actor: StaffActor, input: AcceptReferralInput): Promise<ReferralEntity> {
    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, input.referralId, 'ACCEPT');
      const service = await this.organisations.findById(manager, referral.partnerServiceId!);
      if (!service) throw new Error(`Missing service ${referral.partnerServiceId}`);
      const now = new Date();
      return this.workflow.change(
        manager,
        actor,
        referral,
        input.expectedVersion,
        'ACCEPT',
        {
          status: 'ACCEPTED',
          acceptedAt: now,
          decidedAt: now,
          firstContactDueAt: firstContactDue(now, referral.riskLevel, service.firstContactTargetDays),
        },
        { kind: 'ACCEPTED', summary: `Accepted by ${service.name}` },
      );
    });
  }
}
