import { ERROR_MESSAGES, type ErrorCode } from './error-codes.js';
import { isActionAllowed, REFERRAL_ACTIONS, type ReferralAction } from './referral-actions.js';
import type { ReferralStatus } from './referral-status.js';
import type { Role } from './roles.js';
import { GRANTED_ORDER_DECISIONS, type AuthorisationState, type OrderDecision, type VictimLinkState } from './vocabularies.js';

/**
 * What the guards need to know about a referral and the person acting on it: plain values the API reads from
 * its records (nothing from the database layer), so each rule can be checked, and tested, on its own.
 * Visibility (force, service, allocation) is not here: the API answers a referral the viewer may not see as
 * NOT_FOUND before any guard runs.
 */
export interface ReferralGuardFacts {
  readonly status: ReferralStatus;
  readonly viewer: { readonly role: Role; readonly userId: string };
  /** The victim's consent as recorded; null when none was recorded. */
  readonly consent: {
    readonly given: boolean;
    /** True once the victim withdrew the consent they gave. */
    readonly withdrawn: boolean;
    readonly victimAwareOfReferral: boolean;
  } | null;
  /** The request to refer without consent; null when none was made. */
  readonly noConsent: { readonly state: AuthorisationState; readonly requestedById: string } | null;
  /** The Stalking Protection Order decision recorded; null when none was recorded. */
  readonly orderDecision: OrderDecision | null;
  /** Some urgent safeguarding update on the referral is not acknowledged yet. */
  readonly hasUnacknowledgedUrgentUpdate: boolean;
  /** The state of the referral's latest victim link (issuing a new one revokes the others); null when none was issued. */
  readonly victimLinkState: VictimLinkState | null;
  /**
   * The safeguarding update an acknowledgement is about, when one update is being acknowledged. Absent when
   * listing what the viewer may do, where any unacknowledged urgent update is enough.
   */
  readonly safeguardingUpdate?: { readonly urgent: boolean };
}

/** Why an action is refused: an `extensions.code` and a message safe to show the person who tried. */
export interface GuardRefusal {
  readonly code: ErrorCode;
  readonly message: string;
}

/** A precondition on the referral's state: null when the action may go ahead, else why not. */
export type ReferralGuard = (facts: ReferralGuardFacts) => GuardRefusal | null;

const refuse = (message: string): GuardRefusal => ({ code: 'INVALID_TRANSITION', message });

const consentStands = ({ consent }: ReferralGuardFacts): boolean => Boolean(consent?.given && !consent.withdrawn);

/** A supervisor decides a request to refer without consent only while it waits, and never on their own request. */
const decideWithoutConsent: ReferralGuard = ({ noConsent, viewer }) => {
  if (noConsent?.state !== 'REQUESTED') return refuse('This referral is not waiting for authorisation.');
  if (noConsent.requestedById === viewer.userId) {
    return refuse('Another supervisor must decide on a referral you asked to send without consent.');
  }
  return null;
};

/**
 * The preconditions each action has beyond the transition table (status and role), each written once: the
 * API lists `availableActions` with them and its services refuse with them, so the two always agree. They
 * depend on the referral's state only; checks on what the person typed stay input validation in the API.
 * An action without an entry has no precondition beyond the table. SUBMIT has none here on purpose: what a
 * draft still needs is `submissionBlockers` (in `submission-blockers`), shown on the draft and checked when
 * it is sent, so "Send" stays listed while the page says what is missing.
 */
export const REFERRAL_GUARDS: Readonly<Partial<Record<ReferralAction, ReferralGuard>>> = {
  /** Only consent that was given, and not already withdrawn, can be withdrawn. */
  WITHDRAW_CONSENT: (facts) => (consentStands(facts) ? null : refuse('The victim has not given consent that could be withdrawn.')),
  AUTHORISE_WITHOUT_CONSENT: decideWithoutConsent,
  REFUSE_WITHOUT_CONSENT: decideWithoutConsent,
  /** A breach can only be of an order in force: an interim or full Stalking Protection Order granted. */
  RECORD_ORDER_BREACH: ({ orderDecision }) =>
    orderDecision && GRANTED_ORDER_DECISIONS.includes(orderDecision)
      ? null
      : refuse('Record a granted Stalking Protection Order before recording a breach of it.'),
  /**
   * Only urgent updates are acknowledged. For one update: refused unless it is urgent (acknowledging it again
   * is harmless, and the API answers with the update as it is). For the list: only while one is waiting.
   */
  ACKNOWLEDGE_SAFEGUARDING_UPDATE: ({ safeguardingUpdate, hasUnacknowledgedUrgentUpdate }) => {
    if (safeguardingUpdate) return safeguardingUpdate.urgent ? null : refuse('Only urgent updates need acknowledging.');
    return hasUnacknowledgedUrgentUpdate ? null : refuse('There is no urgent update waiting to be acknowledged.');
  },
  /** A victim link only goes to a victim who gave consent, still stands by it, and knows about the referral. */
  ISSUE_VICTIM_LINK: (facts) =>
    consentStands(facts) && facts.consent?.victimAwareOfReferral
      ? null
      : refuse('A link can only be issued to a victim who has agreed to the referral.'),
  /**
   * A link is revoked while it could still be opened or unlocked: active, or locked after wrong codes (the
   * officer revokes a locked link rather than leave it). A revoked or expired link has nothing left to stop.
   */
  REVOKE_VICTIM_LINK: ({ victimLinkState }) =>
    victimLinkState === 'ACTIVE' || victimLinkState === 'LOCKED' ? null : refuse('There is no active link to revoke.'),
};

/**
 * Whether the viewer may take `action` now: first the transition table (status and role; refused as
 * INVALID_TRANSITION with the general message), then the action's guard. Null when allowed, else the
 * refusal the API raises.
 */
export function checkAction(action: ReferralAction, facts: ReferralGuardFacts): GuardRefusal | null {
  if (!isActionAllowed(action, facts.status, facts.viewer.role)) return refuse(ERROR_MESSAGES.INVALID_TRANSITION);
  return REFERRAL_GUARDS[action]?.(facts) ?? null;
}

/** Every action the viewer may take now (the API's `availableActions`), in the table's order. */
export function availableActionsFor(facts: ReferralGuardFacts): ReferralAction[] {
  return REFERRAL_ACTIONS.filter((action) => checkAction(action, facts) === null);
}
