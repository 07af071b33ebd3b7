import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from './error-codes.js';
import { actionsFor, REFERRAL_ACTIONS } from './referral-actions.js';
import { availableActionsFor, checkAction, REFERRAL_GUARDS, type ReferralGuardFacts } from './referral-guards.js';
import type { ReferralStatus } from './referral-status.js';
import type { Role } from './roles.js';

const OFFICER = { role: 'OFFICER', userId: 'officer-1' } as const;
const CONSENT = { given: true, withdrawn: false, victimAwareOfReferral: true } as const;
const NO_CONSENT_GIVEN = { given: false, withdrawn: false, victimAwareOfReferral: false } as const;
const CONSENT_WITHDRAWN = { ...CONSENT, withdrawn: true } as const;
const CONSENT_UNAWARE = { ...CONSENT, victimAwareOfReferral: false } as const;
const SUPERVISOR = { role: 'SUPERVISOR', userId: 'supervisor-1' } as const;

/** A referral with consent given, nothing else recorded, seen by the officer. */
function facts(changes: Partial<ReferralGuardFacts> = {}): ReferralGuardFacts {
  return {
    status: 'DRAFT',
    viewer: OFFICER,
    consent: CONSENT,
    noConsent: null,
    orderDecision: null,
    hasUnacknowledgedUrgentUpdate: false,
    victimLinkState: null,
    ...changes,
  };
}

const refused = (message: string) => ({ code: 'INVALID_TRANSITION', message });
const requested = (requestedById: string) => ({ consent: null, noConsent: { state: 'REQUESTED', requestedById } }) as const;

describe('withdrawing consent', () => {
  const sent = facts({ status: 'SUBMITTED' });

  it("is allowed while the victim's consent stands", () => {
    expect(checkAction('WITHDRAW_CONSENT', sent)).toBeNull();
  });

  it('is refused when no consent was given, or it was already withdrawn', () => {
    const message = 'The victim has not given consent that could be withdrawn.';
    expect(checkAction('WITHDRAW_CONSENT', { ...sent, consent: null })).toEqual(refused(message));
    expect(checkAction('WITHDRAW_CONSENT', { ...sent, consent: NO_CONSENT_GIVEN })).toEqual(refused(message));
    expect(checkAction('WITHDRAW_CONSENT', { ...sent, consent: CONSENT_WITHDRAWN })).toEqual(refused(message));
  });
});

const DECISIONS = ['AUTHORISE_WITHOUT_CONSENT', 'REFUSE_WITHOUT_CONSENT'] as const;

describe.each(DECISIONS)("a supervisor's decision (%s) on referring without consent", (action) => {
  it('is allowed while the request waits, to a supervisor who did not make it', () => {
    expect(checkAction(action, facts({ viewer: SUPERVISOR, ...requested('officer-1') }))).toBeNull();
  });

  it('is refused when nothing is waiting for authorisation', () => {
    const message = 'This referral is not waiting for authorisation.';
    expect(checkAction(action, facts({ viewer: SUPERVISOR }))).toEqual(refused(message));
    for (const state of ['AUTHORISED', 'REFUSED'] as const) {
      expect(checkAction(action, facts({ viewer: SUPERVISOR, noConsent: { state, requestedById: 'officer-1' } }))).toEqual(refused(message));
    }
  });

  it('is refused to the supervisor who asked for it', () => {
    expect(checkAction(action, facts({ viewer: SUPERVISOR, ...requested('supervisor-1') }))).toEqual(
      refused('Another supervisor must decide on a referral you asked to send without consent.'),
    );
  });
});

describe('recording a breach of a Stalking Protection Order', () => {
  it('is allowed once an interim or full order is granted', () => {
    expect(checkAction('RECORD_ORDER_BREACH', facts({ orderDecision: 'INTERIM_GRANTED' }))).toBeNull();
    expect(checkAction('RECORD_ORDER_BREACH', facts({ orderDecision: 'FULL_GRANTED' }))).toBeNull();
  });

  it('is refused with no order recorded, or one not granted', () => {
    const message = 'Record a granted Stalking Protection Order before recording a breach of it.';
    for (const orderDecision of [null, 'NOT_CONSIDERED', 'APPLICATION_PLANNED', 'APPLIED_INTERIM', 'REFUSED_BY_COURT'] as const) {
      expect(checkAction('RECORD_ORDER_BREACH', facts({ orderDecision }))).toEqual(refused(message));
    }
  });
});

describe('acknowledging a safeguarding update', () => {
  const accepted = facts({ status: 'ACCEPTED' });

  it('is offered while an urgent update waits to be acknowledged', () => {
    expect(checkAction('ACKNOWLEDGE_SAFEGUARDING_UPDATE', { ...accepted, hasUnacknowledgedUrgentUpdate: true })).toBeNull();
  });

  it('is not offered when no urgent update is waiting', () => {
    expect(checkAction('ACKNOWLEDGE_SAFEGUARDING_UPDATE', accepted)).toEqual(refused('There is no urgent update waiting to be acknowledged.'));
  });

  it('is allowed for an urgent update, even one already acknowledged', () => {
    expect(checkAction('ACKNOWLEDGE_SAFEGUARDING_UPDATE', { ...accepted, safeguardingUpdate: { urgent: true } })).toBeNull();
  });

  it('is refused for an update that is not urgent', () => {
    const ordinary = { ...accepted, hasUnacknowledgedUrgentUpdate: true, safeguardingUpdate: { urgent: false } };
    expect(checkAction('ACKNOWLEDGE_SAFEGUARDING_UPDATE', ordinary)).toEqual(refused('Only urgent updates need acknowledging.'));
  });
});

describe('issuing a victim link', () => {
  const sent = facts({ status: 'SUBMITTED' });
  const message = 'A link can only be issued to a victim who has agreed to the referral.';

  it('is allowed when the victim gave consent, stands by it and knows about the referral', () => {
    expect(checkAction('ISSUE_VICTIM_LINK', sent)).toBeNull();
  });

  it('is refused without consent, after it was withdrawn, or when the victim does not know of the referral', () => {
    expect(checkAction('ISSUE_VICTIM_LINK', { ...sent, consent: null })).toEqual(refused(message));
    expect(checkAction('ISSUE_VICTIM_LINK', { ...sent, consent: CONSENT_WITHDRAWN })).toEqual(refused(message));
    expect(checkAction('ISSUE_VICTIM_LINK', { ...sent, consent: CONSENT_UNAWARE })).toEqual(refused(message));
  });
});

describe('revoking a victim link', () => {
  it('is allowed while the referral has an active link, or one locked after wrong codes', () => {
    expect(checkAction('REVOKE_VICTIM_LINK', facts({ status: 'CLOSED', victimLinkState: 'ACTIVE' }))).toBeNull();
    expect(checkAction('REVOKE_VICTIM_LINK', facts({ status: 'SUBMITTED', victimLinkState: 'LOCKED' }))).toBeNull();
  });

  it('is refused when no link was issued, or the latest one is already revoked or has expired', () => {
    const message = refused('There is no active link to revoke.');
    expect(checkAction('REVOKE_VICTIM_LINK', facts({ status: 'CLOSED' }))).toEqual(message);
    expect(checkAction('REVOKE_VICTIM_LINK', facts({ status: 'CLOSED', victimLinkState: 'REVOKED' }))).toEqual(message);
    expect(checkAction('REVOKE_VICTIM_LINK', facts({ status: 'CLOSED', victimLinkState: 'EXPIRED' }))).toEqual(message);
  });
});

describe('checking an action', () => {
  it('applies the transition table first, with the general message', () => {
    expect(checkAction('ACCEPT', facts({ status: 'SUBMITTED' }))).toEqual(refused(ERROR_MESSAGES.INVALID_TRANSITION));
    expect(checkAction('SUBMIT', facts({ status: 'SUBMITTED' }))).toEqual(refused(ERROR_MESSAGES.INVALID_TRANSITION));
    // The guard would allow it; the table does not (an officer cannot authorise).
    expect(checkAction('AUTHORISE_WITHOUT_CONSENT', facts(requested('officer-2')))).toEqual(refused(ERROR_MESSAGES.INVALID_TRANSITION));
  });

  it('allows an action with no guard whenever the table does', () => {
    const unguarded = REFERRAL_ACTIONS.filter((action) => !REFERRAL_GUARDS[action]);
    expect(unguarded).toEqual(
      expect.arrayContaining(['UPDATE', 'SUBMIT', 'WITHDRAW', 'ACCEPT', 'DECLINE', 'ALLOCATE', 'POST_SAFEGUARDING_UPDATE', 'CLOSE']),
    );
    expect(checkAction('SUBMIT', facts({ consent: null }))).toBeNull();
  });
});

describe('the actions available now', () => {
  it('offers the officer of a new draft what the table allows, less what needs consent, an order, an update or a link', () => {
    expect(availableActionsFor(facts({ consent: null }))).toEqual([
      'UPDATE',
      'RECORD_CONSENT',
      'RECORD_RISK_SCREENING',
      'RECORD_PROTECTIVE_ORDER',
      'SUBMIT',
      'WITHDRAW',
    ]);
  });

  it("offers a supervisor the decision on another officer's request, but not on their own", () => {
    expect(availableActionsFor(facts({ viewer: SUPERVISOR, ...requested('officer-1') }))).toContain('AUTHORISE_WITHOUT_CONSENT');
    expect(availableActionsFor(facts({ viewer: SUPERVISOR, ...requested('supervisor-1') }))).not.toContain('REFUSE_WITHOUT_CONSENT');
  });

  it('is the transition table narrowed by the guards, for every status and role', () => {
    const statuses: ReferralStatus[] = ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'DECLINED', 'ALLOCATED', 'IN_CONTACT', 'CLOSED', 'WITHDRAWN'];
    const roles: Role[] = ['OFFICER', 'SUPERVISOR', 'PARTNER_MANAGER', 'ADVOCATE', 'ADMIN'];
    for (const status of statuses) {
      for (const role of roles) {
        const everything = facts({
          status,
          viewer: { role, userId: 'someone' },
          noConsent: { state: 'REQUESTED', requestedById: 'officer-1' },
          orderDecision: 'FULL_GRANTED',
          hasUnacknowledgedUrgentUpdate: true,
          victimLinkState: 'ACTIVE',
        });
        expect(availableActionsFor(everything)).toEqual(actionsFor(status, role));
        const nothing = facts({ status, viewer: { role, userId: 'someone' }, consent: null });
        expect(availableActionsFor(nothing)).toEqual(actionsFor(status, role).filter((action) => !REFERRAL_GUARDS[action]));
      }
    }
  });
});
