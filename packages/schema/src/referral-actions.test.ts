import { describe, expect, it } from 'vitest';
import { actionsFor, isActionAllowed, TRANSITIONS } from './referral-actions.js';
import { REFERRAL_STATUSES } from './referral-status.js';

describe('the transition table', () => {
  it('lets only a supervisor authorise a referral without consent', () => {
    expect(isActionAllowed('AUTHORISE_WITHOUT_CONSENT', 'DRAFT', 'SUPERVISOR')).toBe(true);
    expect(isActionAllowed('AUTHORISE_WITHOUT_CONSENT', 'DRAFT', 'OFFICER')).toBe(false);
  });

  it('offers nothing once a referral is declined except revoking a victim link', () => {
    for (const role of ['OFFICER', 'SUPERVISOR', 'PARTNER_MANAGER', 'ADVOCATE'] as const) {
      expect(actionsFor('DECLINED', role).filter((a) => a !== 'REVOKE_VICTIM_LINK')).toEqual([]);
    }
  });

  it('moves only to known statuses', () => {
    for (const rule of Object.values(TRANSITIONS)) {
      if (rule.to) expect(REFERRAL_STATUSES).toContain(rule.to);
      for (const from of rule.from) expect(REFERRAL_STATUSES).toContain(from);
    }
  });

  it('gives partner staff no police actions', () => {
    expect(actionsFor('SUBMITTED', 'PARTNER_MANAGER')).toEqual(['ACCEPT', 'DECLINE']);
    expect(actionsFor('ALLOCATED', 'ADVOCATE')).toEqual(['RECORD_CONTACT_ATTEMPT', 'POST_SAFEGUARDING_UPDATE', 'CLOSE']);
  });
});
