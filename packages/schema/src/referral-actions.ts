import type { ReferralStatus } from './referral-status.js';
import type { Role } from './roles.js';

/**
 * Everything a person can do to a referral. The API enforces this table and lists, for each viewer,
 * the actions it allows (`availableActions`); the apps only show what is listed.
 */
export const REFERRAL_ACTIONS = [
  'UPDATE',
  'RECORD_CONSENT',
  'WITHDRAW_CONSENT',
  'AUTHORISE_WITHOUT_CONSENT',
  'REFUSE_WITHOUT_CONSENT',
  'RECORD_RISK_SCREENING',
  'RECORD_PROTECTIVE_ORDER',
  'RECORD_ORDER_BREACH',
  'SUBMIT',
  'WITHDRAW',
  'ACCEPT',
  'DECLINE',
  'ALLOCATE',
  'RECORD_CONTACT_ATTEMPT',
  'POST_SAFEGUARDING_UPDATE',
  'ACKNOWLEDGE_SAFEGUARDING_UPDATE',
  'CLOSE',
  'ISSUE_VICTIM_LINK',
  'REVOKE_VICTIM_LINK',
] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

export interface ActionRule {
  /** Statuses the referral may be in for the action. */
  readonly from: readonly ReferralStatus[];
  /** The status the action moves the referral to; absent when the status stays as it is. */
  readonly to?: ReferralStatus;
  /** Roles that may take the action (the API also checks force, organisation and allocation). */
  readonly roles: readonly Role[];
}

const POLICE = ['OFFICER', 'SUPERVISOR'] as const;
const PARTNER = ['PARTNER_MANAGER', 'ADVOCATE'] as const;
const OPEN_WITH_PARTNER = ['SUBMITTED', 'ACCEPTED', 'ALLOCATED', 'IN_CONTACT'] as const;
const NOT_FINISHED = ['DRAFT', ...OPEN_WITH_PARTNER] as const;

export const TRANSITIONS: Record<ReferralAction, ActionRule> = {
  UPDATE: { from: ['DRAFT'], roles: POLICE },
  RECORD_CONSENT: { from: ['DRAFT'], roles: POLICE },
  WITHDRAW_CONSENT: { from: OPEN_WITH_PARTNER, to: 'WITHDRAWN', roles: POLICE },
  AUTHORISE_WITHOUT_CONSENT: { from: ['DRAFT'], roles: ['SUPERVISOR'] },
  REFUSE_WITHOUT_CONSENT: { from: ['DRAFT'], roles: ['SUPERVISOR'] },
  RECORD_RISK_SCREENING: { from: ['DRAFT'], roles: POLICE },
  RECORD_PROTECTIVE_ORDER: { from: NOT_FINISHED, roles: POLICE },
  RECORD_ORDER_BREACH: { from: NOT_FINISHED, roles: POLICE },
  SUBMIT: { from: ['DRAFT'], to: 'SUBMITTED', roles: POLICE },
  WITHDRAW: { from: NOT_FINISHED, to: 'WITHDRAWN', roles: POLICE },
  ACCEPT: { from: ['SUBMITTED'], to: 'ACCEPTED', roles: ['PARTNER_MANAGER'] },
  DECLINE: { from: ['SUBMITTED'], to: 'DECLINED', roles: ['PARTNER_MANAGER'] },
  ALLOCATE: { from: ['ACCEPTED', 'ALLOCATED', 'IN_CONTACT'], roles: ['PARTNER_MANAGER'] },
  RECORD_CONTACT_ATTEMPT: { from: ['ALLOCATED', 'IN_CONTACT'], roles: PARTNER },
  POST_SAFEGUARDING_UPDATE: { from: ['ACCEPTED', 'ALLOCATED', 'IN_CONTACT'], roles: PARTNER },
  ACKNOWLEDGE_SAFEGUARDING_UPDATE: {
    from: ['ACCEPTED', 'ALLOCATED', 'IN_CONTACT', 'CLOSED', 'WITHDRAWN'],
    roles: POLICE,
  },
  CLOSE: { from: ['ACCEPTED', 'ALLOCATED', 'IN_CONTACT'], to: 'CLOSED', roles: PARTNER },
  ISSUE_VICTIM_LINK: { from: OPEN_WITH_PARTNER, roles: POLICE },
  REVOKE_VICTIM_LINK: { from: [...OPEN_WITH_PARTNER, 'DECLINED', 'CLOSED', 'WITHDRAWN'], roles: POLICE },
};

/** True when the table lets `role` take `action` while the referral is in `status`. */
export function isActionAllowed(action: ReferralAction, status: ReferralStatus, role: Role): boolean {
  const rule = TRANSITIONS[action];
  return rule.from.includes(status) && rule.roles.includes(role);
}

/** The actions the table allows for `role` in `status`, in table order. */
export function actionsFor(status: ReferralStatus, role: Role): ReferralAction[] {
  return REFERRAL_ACTIONS.filter((action) => isActionAllowed(action, status, role));
}
