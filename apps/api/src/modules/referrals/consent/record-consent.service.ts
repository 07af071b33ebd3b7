import type { StaffActor } from '../../../common/auth/actor.js';
import { InputProblems } from '../../../common/errors/app-error.js';
import type { TransactionRunner } from '../../../common/transaction-runner.js';
import type { OrganisationRepository } from '../../identity/organisation.repository.js';
import type { ReferralEntity } from '../referral.entity.js';
import type { ReferralWorkflow } from '../referral-workflow.js';
import type { RecordConsentInput } from './record-consent.input.js';

/** An officer records the victim's consent to the referral, or asks a supervisor to let it go without. */
export class RecordConsentService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly workflow: ReferralWorkflow,
    private readonly organisations: OrganisationRepository,
  ) {}

  /**
   * Consent given needs who gave it, when (not in the future), how, what the victim was told, the service
   * they agreed to and at least one purpose. Without consent, the reason and the safeguarding basis start
   * a request for a supervisor's authorisation. Refuses with BAD_USER_INPUT, every missing field at once.
   */
  record(actor: StaffActor, input: RecordConsentInput): Promise<ReferralEntity> {
    const now = new Date();
    const problems = new InputProblems();
    if (input.given) {
      problems
        .require('givenBy', input.givenBy, 'Enter who gave consent')
        .require('givenAt', input.givenAt, 'Enter when consent was given')
        .require('method', input.method, 'Select how consent was given')
        .require('whatVictimWasTold', input.whatVictimWasTold, 'Enter what the victim was told about the referral')
        .require('namedServiceId', input.namedServiceId, 'Select the service the victim agreed to be referred to')
        .require('purposes', input.purposes, 'Select at least one purpose the victim agreed to');
      if (input.givenAt && input.givenAt.getTime() > now.getTime() + 60_000) {
        problems.add('givenAt', 'The date consent was given must be today or in the past');
      }
      if (!input.victimAwareOfReferral) {
        problems.add('victimAwareOfReferral', 'A victim who gave consent knows about the referral: check your answers');
      }
    } else {
      problems
        .require('withoutConsent.reason', input.withoutConsent?.reason, 'Enter why consent was not obtained')
        .require(
          'withoutConsent.safeguardingBasis',
          input.withoutConsent?.safeguardingBasis,
          'Enter the safeguarding reason for referring without consent',
        );
    }
    problems.throwIfAny();

    return this.tx.run(actor, async (manager) => {
      const referral = await this.workflow.load(manager, actor, input.referralId, 'RECORD_CONSENT');
      if (input.given && input.namedServiceId) {
        const service = await this.organisations.findPartnerService(manager, input.namedServiceId);
        if (!service) new InputProblems().add('namedServiceId', 'Select a service from the list').throwIfAny();
      }
      const consent = {
        given: input.given,
        givenBy: input.given ? input.givenBy!.trim() : null,
        givenAt: input.given ? input.givenAt!.toISOString() : null,
        method: input.given ? input.method! : null,
        takenById: actor.viewer.userId,
        whatVictimWasTold: input.whatVictimWasTold?.trim() || null,
        namedServiceId: input.given ? input.namedServiceId! : null,
        purposes: input.given ? input.purposes! : [],
        victimAwareOfReferral: input.victimAwareOfReferral,
        recordedAt: now.toISOString(),
      };
      const noConsent = input.given
        ? null
        : {
            state: 'REQUESTED' as const,
            reason: input.withoutConsent!.reason.trim(),
            safeguardingBasis: input.withoutConsent!.safeguardingBasis.trim(),
            requestedById: actor.viewer.userId,
            requestedAt: now.toISOString(),
          };
      const entry = input.given
        ? { kind: 'CONSENT_RECORDED', summary: 'Consent recorded' }
        : { kind: 'AUTHORISATION_REQUESTED', summary: "Supervisor's authorisation to refer without consent requested" };
      return this.workflow.change(manager, actor, referral, input.expectedVersion, 'RECORD_CONSENT', { consent, noConsent }, entry);
    });
  }
}
