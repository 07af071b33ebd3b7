import { randomUUID } from 'node:crypto';
import type { ReferralAction } from '@lantern/schema/referral-actions';
import { allAnswers, mutations } from './referral-steps.js';
import type { Tenancy } from './tenancy.js';

export interface ActionTarget {
  readonly id: string;
  readonly version: number;
  /** An urgent safeguarding update on the referral, for ACKNOWLEDGE_SAFEGUARDING_UPDATE. */
  readonly updateId?: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * For each action in the transition table, a request that would succeed if the table (and scope) allowed it:
 * valid input, the current version, a real advocate, a granted order. So a refusal can only come from the
 * access and transition checks.
 */
const INPUTS: Record<ReferralAction, [keyof typeof mutations, (t: ActionTarget, tenancy: Tenancy) => Record<string, unknown>]> = {
  UPDATE: ['updateReferral', () => ({ circumstances: 'Changed by a refused request' })],
  RECORD_CONSENT: [
    'recordConsent',
    (_t, tenancy) => ({
      given: true,
      givenBy: 'The victim',
      givenAt: new Date(Date.now() - 60_000).toISOString(),
      method: 'VERBAL',
      whatVictimWasTold: 'Told about the service.',
      namedServiceId: tenancy.service.id,
      purposes: ['SPECIALIST_ADVOCACY'],
      victimAwareOfReferral: true,
    }),
  ],
  WITHDRAW_CONSENT: ['withdrawConsent', () => ({ reason: 'Victim changed her mind' })],
  AUTHORISE_WITHOUT_CONSENT: ['authoriseWithoutConsent', () => ({ note: 'Agreed' })],
  REFUSE_WITHOUT_CONSENT: ['refuseWithoutConsent', () => ({ reason: 'Not enough grounds' })],
  RECORD_RISK_SCREENING: ['recordRiskScreening', () => ({ answers: allAnswers(2), riskLevel: 'STANDARD' })],
  RECORD_PROTECTIVE_ORDER: ['recordProtectiveOrder', () => ({ considered: false, decision: 'NOT_CONSIDERED' })],
  RECORD_ORDER_BREACH: ['recordOrderBreach', () => ({ occurredOn: today(), description: 'Came to the door' })],
  SUBMIT: ['submitReferral', (_t, tenancy) => ({ partnerServiceId: tenancy.service.id })],
  WITHDRAW: ['withdrawReferral', () => ({ reason: 'No longer needed' })],
  ACCEPT: ['acceptReferral', () => ({})],
  DECLINE: ['declineReferral', () => ({ reason: 'CAPACITY' })],
  ALLOCATE: ['allocateReferral', (_t, tenancy) => ({ advocateId: tenancy.users.advocate2.id })],
  RECORD_CONTACT_ATTEMPT: ['recordContactAttempt', () => ({ outcome: 'NO_ANSWER' })],
  POST_SAFEGUARDING_UPDATE: [
    'postSafeguardingUpdate',
    () => ({ idempotencyKey: randomUUID(), kind: 'SUPPORT_PLAN_NOTE', text: 'A note', needsPoliceAction: false, visibleToVictim: false }),
  ],
  ACKNOWLEDGE_SAFEGUARDING_UPDATE: ['acknowledgeSafeguardingUpdate', () => ({})],
  CLOSE: ['closeReferral', () => ({ outcome: 'OTHER', reason: 'Closing' })],
  ISSUE_VICTIM_LINK: ['issueVictimLink', () => ({})],
  REVOKE_VICTIM_LINK: ['revokeVictimLink', () => ({})],
};

/** The mutation name and variables that attempt `action` on `target`. */
export function actionRequest(action: ReferralAction, target: ActionTarget, tenancy: Tenancy) {
  const [name, extra] = INPUTS[action];
  const ids =
    action === 'ACKNOWLEDGE_SAFEGUARDING_UPDATE'
      ? { updateId: target.updateId ?? randomUUID() }
      : action === 'ISSUE_VICTIM_LINK' || action === 'REVOKE_VICTIM_LINK'
        ? { referralId: target.id }
        : { referralId: target.id, expectedVersion: target.version };
  return { name, query: mutations[name], variables: { input: { ...ids, ...extra(target, tenancy) } } };
}
