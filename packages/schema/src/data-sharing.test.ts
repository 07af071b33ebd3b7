import { describe, expect, it } from 'vitest';
import { DATA_SHARING_POLICY, FIELD_GROUPS, mayView, sharingStateOf, victimLinkWorks, victimMaySeeUpdate } from './data-sharing.js';
import { mayViewTimelineEntry } from './data-sharing-entries.js';
import { withheldNotice } from './data-sharing-notices.js';

const live = { status: 'IN_CONTACT', consentWithdrawn: false } as const;

describe('the data-sharing policy', () => {
  it('keeps suspect details and police-only notes with the police in every state', () => {
    for (const group of ['CIRCUMSTANCES', 'SUPERVISOR_NOTE', 'ORDER_DETAILS', 'VICTIM_LINK'] as const) {
      for (const audience of ['SERVICE_MANAGER', 'ADVOCATE', 'VICTIM'] as const) expect(DATA_SHARING_POLICY[group].visibleIn[audience]).toEqual([]);
    }
  });

  it("stops showing the victim's contact details to the service after a decline, closure, withdrawal or withdrawal of consent", () => {
    expect(mayView('ADVOCATE', 'VICTIM_SAFE_CONTACT', live)).toBe(true);
    for (const facts of [
      { status: 'DECLINED', consentWithdrawn: false },
      { status: 'CLOSED', consentWithdrawn: false },
      { status: 'WITHDRAWN', consentWithdrawn: false },
      { status: 'IN_CONTACT', consentWithdrawn: true },
    ] as const) {
      expect(mayView('ADVOCATE', 'VICTIM_SAFE_CONTACT', facts)).toBe(false);
      expect(mayView('SERVICE_MANAGER', 'VICTIM_SAFE_CONTACT', facts)).toBe(false);
    }
  });

  it('treats a withdrawal of consent as its own state whatever the status', () => {
    expect(sharingStateOf({ status: 'ALLOCATED', consentWithdrawn: true })).toBe('CONSENT_WITHDRAWN');
  });

  it("stops the victim's link once the referral is closed, withdrawn or consent is withdrawn, but not after a decline", () => {
    expect(victimLinkWorks(live)).toBe(true);
    expect(victimLinkWorks({ status: 'DECLINED', consentWithdrawn: false })).toBe(true);
    expect(victimLinkWorks({ status: 'CLOSED', consentWithdrawn: false })).toBe(false);
    expect(victimLinkWorks({ status: 'WITHDRAWN', consentWithdrawn: false })).toBe(false);
    expect(victimLinkWorks({ status: 'IN_CONTACT', consentWithdrawn: true })).toBe(false);
  });

  it('never shows the victim an incident, a breach, a change in risk or a request for police action, even marked visible', () => {
    for (const kind of ['NEW_INCIDENT', 'BREACH_OF_ORDER', 'RISK_CHANGE', 'NEEDS_POLICE_ACTION'] as const) expect(victimMaySeeUpdate(kind, true)).toBe(false);
    expect(victimMaySeeUpdate('SUPPORT_PLAN_NOTE', true)).toBe(true);
    expect(victimMaySeeUpdate('SUPPORT_PLAN_NOTE', false)).toBe(false);
  });

  it('shows a timeline entry of an unknown kind to the police only', () => {
    expect(mayViewTimelineEntry('POLICE', 'SOMETHING_NEW', live)).toBe(true);
    expect(mayViewTimelineEntry('ADVOCATE', 'SOMETHING_NEW', live)).toBe(false);
    expect(mayViewTimelineEntry('ADVOCATE', 'ORDER_BREACH_RECORDED', live)).toBe(false);
  });

  it('explains a hidden part in a plain sentence that says why', () => {
    expect(withheldNotice('ADVOCATE', 'VICTIM_SAFE_CONTACT', { status: 'WITHDRAWN', consentWithdrawn: true })).toBe(
      "The victim's contact details are no longer shared with your service because the victim withdrew consent.",
    );
    expect(withheldNotice('SERVICE_MANAGER', 'CIRCUMSTANCES', live)).toBe('The circumstances are kept by the police and not shared with support services.');
  });

  it('shows the police every group of every referral', () => {
    for (const group of FIELD_GROUPS.filter((g) => g !== 'VICTIM_STATUS')) expect(mayView('POLICE', group, { status: 'CLOSED', consentWithdrawn: true })).toBe(true);
  });
});
