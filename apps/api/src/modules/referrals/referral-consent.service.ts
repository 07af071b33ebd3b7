import type { Context } from '../../context.js';
import { InputProblems } from '../../common/errors/app-error.js';
import { refusal } from './referral-access.js';
import { inTransaction } from '../../common/transaction.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import type { ReferralEntity } from './referral.entity.js';
import type {
  AuthoriseWithoutConsentInput,
  RecordConsentInput,
  RefuseWithoutConsentInput,
  WithdrawConsentInput,
} from './referral-police.input.js';
import { staffViewer, type ReferralWorkflow } from './referral-workflow.js';

/** Consent, its withdrawal, and the supervisor's authorisation to refer without it. */
export class ReferralConsentService {
  constructor(private readonly workflow: ReferralWorkflow) {}

  record(ctx: Context, input: RecordConsentInput): Promise<ReferralEntity> {
    const viewer = staffViewer(ctx);
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

    return inTransaction(ctx, async (manager) => {
      const referral = await this.workflow.load(manager, ctx, input.referralId, 'RECORD_CONSENT');
      if (input.given && input.namedServiceId) {
        const service = await manager.findOneBy(OrganisationEntity, { id: input.namedServiceId, kind: 'PARTNER_SERVICE' });
        if (!service) new InputProblems().add('namedServiceId', 'Select a service from the list').throwIfAny();
      }
      const consent = {
        given: input.given,
        givenBy: input.given ? input.givenBy!.trim() : null,
        givenAt: input.given ? input.givenAt!.toISOString() : null,
        method: input.given ? input.method! : null,
        takenById: viewer.userId,
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
            requestedById: viewer.userId,
            requestedAt: now.toISOString(),
          };
      const entry = input.given
        ? { kind: 'CONSENT_RECORDED', summary: 'Consent recorded' }
        : { kind: 'AUTHORISATION_REQUESTED', summary: "Supervisor's authorisation to refer without consent requested" };
      return this.workflow.change(manager, ctx, referral, input.expectedVersion, 'RECORD_CONSENT', { consent, noConsent }, entry);
    });
  }

  /** The victim withdrew consent: the referral stops and the service is told at once. */
  withdraw(ctx: Context, input: WithdrawConsentInput): Promise<ReferralEntity> {
    const viewer = staffViewer(ctx);
    return inTransaction(ctx, async (manager) => {
      const referral = await this.workflow.load(manager, ctx, input.referralId, 'WITHDRAW_CONSENT');
      if (!referral.consent?.given || referral.consent.withdrawnAt) {
        throw refusal(referral, 'WITHDRAW_CONSENT', 'The victim has not given consent that could be withdrawn.');
      }
      const now = new Date().toISOString();
      const reason = input.reason.trim();
      const service = await manager.findOneBy(OrganisationEntity, { id: referral.partnerServiceId! });
      if (service?.email) {
        await this.workflow.notifications.enqueue(manager, referral, {
          kind: 'CONSENT_WITHDRAWN',
          channel: 'EMAIL',
          to: service.email,
          reference: `CONSENT_WITHDRAWN:${referral.id}`,
        });
      }
      return this.workflow.change(
        manager,
        ctx,
        referral,
        input.expectedVersion,
        'WITHDRAW_CONSENT',
        {
          status: 'WITHDRAWN',
          finishedAt: new Date(now),
          consent: { ...referral.consent, withdrawnAt: now, withdrawalReason: reason, withdrawalRecordedById: viewer.userId },
          withdrawal: { reason, consentWithdrawn: true, at: now, byId: viewer.userId },
        },
        { kind: 'CONSENT_WITHDRAWN', summary: 'The victim withdrew consent. The service must stop work on this referral.' },
      );
    });
  }

  authorise(ctx: Context, input: AuthoriseWithoutConsentInput): Promise<ReferralEntity> {
    return this.decide(ctx, input.referralId, input.expectedVersion, 'AUTHORISED', input.note?.trim() || null);
  }

  refuse(ctx: Context, input: RefuseWithoutConsentInput): Promise<ReferralEntity> {
    return this.decide(ctx, input.referralId, input.expectedVersion, 'REFUSED', input.reason.trim());
  }

  private decide(ctx: Context, referralId: string, expectedVersion: number, state: 'AUTHORISED' | 'REFUSED', note: string | null) {
    const viewer = staffViewer(ctx);
    const action = state === 'AUTHORISED' ? 'AUTHORISE_WITHOUT_CONSENT' : 'REFUSE_WITHOUT_CONSENT';
    return inTransaction(ctx, async (manager) => {
      const referral = await this.workflow.load(manager, ctx, referralId, action);
      const request = referral.noConsent;
      if (request?.state !== 'REQUESTED') {
        throw refusal(referral, action, 'This referral is not waiting for authorisation.');
      }
      if (request.requestedById === viewer.userId) {
        throw refusal(referral, action, 'Another supervisor must decide on a referral you asked to send without consent.');
      }
      const decided = { ...request, state, decidedById: viewer.userId, decidedAt: new Date().toISOString(), decisionNote: note };
      const summary =
        state === 'AUTHORISED'
          ? 'Supervisor authorised the referral without consent on safeguarding grounds'
          : 'Supervisor refused to authorise the referral without consent';
      return this.workflow.change(manager, ctx, referral, expectedVersion, action, { noConsent: decided }, {
        kind: state === 'AUTHORISED' ? 'AUTHORISED_WITHOUT_CONSENT' : 'AUTHORISATION_REFUSED',
        summary,
      });
    });
  }
}
