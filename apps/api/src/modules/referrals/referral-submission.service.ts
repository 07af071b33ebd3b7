import type { EntityManager } from 'typeorm';
import { ERROR_MESSAGES } from '@lantern/schema/error-codes';
import type { Context } from '../../context.js';
import { AppError, denied, InputProblems } from '../../common/errors/app-error.js';
import { inTransaction } from '../../common/transaction.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import type { ReferralEntity } from './referral.entity.js';
import type { SubmitReferralInput, WithdrawReferralInput } from './referral-police.input.js';
import { acceptanceDue } from './referral-deadlines.js';
import { staffViewer, type ReferralWorkflow } from './referral-workflow.js';

/** What must be complete before a referral can be sent, field by field. */
export function missingForSubmission(referral: ReferralEntity): InputProblems {
  const problems = new InputProblems();
  const victim = referral.victim;
  const contact = victim.safeContact ?? {};
  problems
    .require('victim.firstName', victim.firstName, "Enter the victim's first name")
    .require('victim.lastName', victim.lastName, "Enter the victim's last name")
    .require('victim.area', victim.area, 'Select the area the victim lives in')
    .require('victim.safeContact.preferredMethod', contact.preferredMethod, 'Select how the victim prefers to be contacted');
  if (contact.preferredMethod === 'EMAIL') {
    problems.require('victim.safeContact.email', contact.email, 'Enter a safe e-mail address');
  } else {
    problems.require('victim.safeContact.phone', contact.phone, 'Enter a safe phone number');
    if (contact.phone) {
      problems.require('victim.safeContact.voicemailSafe', contact.voicemailSafe, 'Say whether it is safe to leave a voicemail');
    }
  }
  problems.require('victim.safeContact.safeTimes', contact.safeTimes, 'Enter when it is safe to contact the victim');
  if (!referral.screening) problems.add('screening', 'Complete the S-DASH screening and risk level');
  return problems;
}

function hasConsentFor(referral: ReferralEntity, serviceId: string): boolean {
  const consent = referral.consent;
  if (consent?.given && !consent.withdrawnAt && consent.namedServiceId === serviceId) return true;
  return referral.noConsent?.state === 'AUTHORISED';
}

/** Sending a referral to a partner service, and withdrawing it. */
export class ReferralSubmissionService {
  constructor(private readonly workflow: ReferralWorkflow) {}

  submit(ctx: Context, input: SubmitReferralInput): Promise<ReferralEntity> {
    return inTransaction(ctx, async (manager) => {
      const referral = await this.workflow.load(manager, ctx, input.referralId, 'SUBMIT');
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
        ctx,
        referral,
        input.expectedVersion,
        'SUBMIT',
        { status: 'SUBMITTED', partnerServiceId: service.id, submittedAt: now, acceptanceDueAt: acceptanceDue(now) },
        { kind: 'SUBMITTED', summary: `Referral sent to ${service.name}` },
      );
      if (service.email) {
        await this.workflow.notifications.enqueue(manager, sent, {
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
    const service = await manager.findOneBy(OrganisationEntity, { id: serviceId, kind: 'PARTNER_SERVICE' });
    const problems = new InputProblems();
    if (!service) problems.add('partnerServiceId', 'Select a service from the list');
    else if (!service.areas.includes(area)) problems.add('partnerServiceId', `${service.name} does not cover ${area}. Select a service that does.`);
    problems.throwIfAny();
    return service!;
  }

  withdraw(ctx: Context, input: WithdrawReferralInput): Promise<ReferralEntity> {
    const viewer = staffViewer(ctx);
    return inTransaction(ctx, async (manager) => {
      const referral = await this.workflow.load(manager, ctx, input.referralId, 'WITHDRAW');
      const now = new Date();
      const reason = input.reason.trim();
      return this.workflow.change(
        manager,
        ctx,
        referral,
        input.expectedVersion,
        'WITHDRAW',
        { status: 'WITHDRAWN', finishedAt: now, withdrawal: { reason, consentWithdrawn: false, at: now.toISOString(), byId: viewer.userId } },
        { kind: 'WITHDRAWN', summary: `Referral withdrawn by the police: ${reason}` },
      );
    });
  }
}
