import type { EntityManager } from 'typeorm';
import { submissionBlockers, submissionRefusal } from '@lantern/schema/submission-blockers';
import type { StaffActor } from '../../../common/auth/actor.js';
import { badInput } from '../../../common/errors/app-error.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { OrganisationEntity } from '../../identity/organisation.entity.js';
import type { OrganisationRepository } from '../../identity/organisation.repository.js';
import type { NotificationOutbox } from '../../notifications/notification-outbox.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import { refusal } from '../referral-access.js';
import { acceptanceDue } from '../deadlines/referral-deadlines.js';
import type { SubmitReferralInput } from './submit-referral.input.js';
import { submissionDraftOf } from './submission-draft.js';

/** An officer sends a complete draft to a partner service. */
export class SubmitReferralService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
    private readonly organisations: OrganisationRepository,
    private readonly outbox: NotificationOutbox,
  ) {}

  /**
   * Sends the draft to `partnerServiceId`, or when none is given to the draft's proposed service, starts the
   * acceptance deadline and e-mails the service. Refuses by the draft's `submissionBlockers` (packages/schema)
   * through `submissionRefusal`: BAD_USER_INPUT listing every missing detail (victim, S-DASH screening,
   * Stalking Protection Order record, a service that covers the victim's area), then CONSENT_REQUIRED (no
   * consent to this service and no supervisor's authorisation, audited as denied). Also BAD_USER_INPUT for a
   * `partnerServiceId` that is not a partner service.
   */
  submit(actor: StaffActor, input: SubmitReferralInput): Promise<ReferralEntity> {
    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, input.referralId, 'SUBMIT');
      const service = await this.serviceToSendTo(manager, referral, input.partnerServiceId ?? null);
      const refused = submissionRefusal(submissionBlockers(submissionDraftOf(referral, service)));
      if (refused?.code === 'BAD_USER_INPUT') throw badInput(refused.fields);
      if (refused) throw refusal(referral, 'SUBMIT', refused);
      // No blockers means a service was chosen (a SERVICE blocker otherwise).
      const to = service!;
      const now = new Date();
      const sent = await this.workflow.change(
        manager,
        actor,
        referral,
        input.expectedVersion,
        'SUBMIT',
        { status: 'SUBMITTED', partnerServiceId: to.id, proposedServiceId: to.id, submittedAt: now, acceptanceDueAt: acceptanceDue(now) },
        { kind: 'SUBMITTED', summary: `Referral sent to ${to.name}` },
      );
      if (to.email) {
        await this.outbox.enqueue(manager, sent, {
          kind: 'NEW_REFERRAL',
          channel: 'EMAIL',
          to: to.email,
          reference: `NEW_REFERRAL:${sent.id}`,
        });
      }
      return sent;
    });
  }

  /** The service named when sending (BAD_USER_INPUT when it is not a partner service), else the proposed one. */
  private async serviceToSendTo(manager: EntityManager, referral: ReferralEntity, named: string | null): Promise<OrganisationEntity | null> {
    if (!named) return referral.proposedServiceId ? this.organisations.findPartnerService(manager, referral.proposedServiceId) : null;
    const service = await this.organisations.findPartnerService(manager, named);
    if (!service) throw badInput([{ field: 'partnerServiceId', message: 'Select a service from the list' }]);
    return service;
  }
}
