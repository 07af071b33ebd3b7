import type { EntityManager } from 'typeorm';
import { ERROR_MESSAGES } from '@lantern/schema/error-codes';
import type { StaffActor } from '../../../common/auth/actor.js';
import { AppError, denied, InputProblems } from '../../../common/errors/app-error.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { OrganisationEntity } from '../../identity/organisation.entity.js';
import type { OrganisationRepository } from '../../identity/organisation.repository.js';
import type { NotificationOutbox } from '../../notifications/notification-outbox.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import { acceptanceDue } from '../deadlines/referral-deadlines.js';
import { missingForSubmission } from './missing-for-submission.js';
import type { SubmitReferralInput } from './submit-referral.input.js';

/** True when the victim consented to referral to this service, or a supervisor authorised it without consent. */
function hasConsentFor(referral: ReferralEntity, serviceId: string): boolean {
  const consent = referral.consent;
  if (consent?.given && !consent.withdrawnAt && consent.namedServiceId === serviceId) return true;
  return referral.noConsent?.state === 'AUTHORISED';
}

/** An officer sends a complete draft to a partner service. */
export class SubmitReferralService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
    private readonly organisations: OrganisationRepository,
    private readonly outbox: NotificationOutbox,
  ) {}

  /**
   * Sends the referral to a service that covers the victim's area, starts the acceptance deadline and
   * e-mails the service. Refuses with BAD_USER_INPUT (incomplete draft, unknown or non-covering service)
   * or CONSENT_REQUIRED (no consent to this service and no supervisor's authorisation).
   */
  submit(actor: StaffActor, input: SubmitReferralInput): Promise<ReferralEntity> {
    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, input.referralId, 'SUBMIT');
      missingForSubmission(referral).throwIfAny();
      const service = await this.coveringService(manager, input.partnerServiceId, referral.victim.area!);
      if (!hasConsentFor(referral, service.id)) {
        const message = referral.consent?.given
          ? `The victim agreed to a referral to a different service. Record their consent to ${service.name}, or choose the service they agreed to.`
          : ERROR_MESSAGES.CONSENT_REQUIRED;
        throw denied(new AppError('CONSENT_REQUIRED', message), { action: 'SUBMIT', entityType: 'referral', entityId: referral.id });
      }
      const now = new Date();
      const sent = await this.workflow.change(
        manager,
        actor,
        referral,
        input.expectedVersion,
        'SUBMIT',
        { status: 'SUBMITTED', partnerServiceId: service.id, submittedAt: now, acceptanceDueAt: acceptanceDue(now) },
        { kind: 'SUBMITTED', summary: `Referral sent to ${service.name}` },
      );
      if (service.email) {
        await this.outbox.enqueue(manager, sent, {
          kind: 'NEW_REFERRAL',
          channel: 'EMAIL',
          to: service.email,
          reference: `NEW_REFERRAL:${sent.id}`,
        });
      }
      return sent;
    });
  }

  private async coveringService(manager: EntityManager, serviceId: string, area: string): Promise<OrganisationEntity> {
    const service = await this.organisations.findPartnerService(manager, serviceId);
    const problems = new InputProblems();
    if (!service) problems.add('partnerServiceId', 'Select a service from the list');
    else if (!service.areas.includes(area)) problems.add('partnerServiceId', `${service.name} does not cover ${area}. Select a service that does.`);
    problems.throwIfAny();
    return service!;
  }
}
