import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '@lantern/schema/error-codes';
import { useFixture } from '../../../../test/session-fixture.js';
import { consent, createDraft, mutations, orderConsidered, screen, step, submitted, type ReferralRef } from '../../../../test/referral-steps.js';
import { graphql } from '../../../../test/gql/gql.js';
import { textContaining } from '../../../../test/matchers.js';

const f = useFixture();

const BLOCKERS = graphql(`query SubmissionBlockers($id: ID!) { referral(id: $id) { version submissionBlockers { section field message } } }`);

const blockersOf = async (id: string, who: 'officer' | 'supervisor' | 'manager' = 'officer') =>
  (await f.as[who].ok(BLOCKERS, { id })).referral!.submissionBlockers;

describe('what stops a draft being sent', () => {
  it('is listed on the draft section by section, and goes as each section is done', async () => {
    const { officer } = f.as;
    let draft: ReferralRef = await createDraft(officer, f.tenancy, { victim: { firstName: 'Sam', lastName: 'Tester', area: f.tenancy.area } });
    expect(await blockersOf(draft.id)).toEqual([
      { section: 'VICTIM', field: 'victim.safeContact.preferredMethod', message: 'Select how the victim prefers to be contacted' },
      { section: 'VICTIM', field: 'victim.safeContact.phone', message: 'Enter a safe phone number' },
      { section: 'VICTIM', field: 'victim.safeContact.safeTimes', message: 'Enter when it is safe to contact the victim' },
      { section: 'RISK', field: 'screening', message: 'Complete the S-DASH screening and risk level' },
      { section: 'CONSENT', field: 'consent', message: ERROR_MESSAGES.CONSENT_REQUIRED },
      { section: 'STALKING_PROTECTION_ORDER', field: 'stalkingProtectionOrder', message: 'Record whether a Stalking Protection Order has been considered' },
      { section: 'SERVICE', field: 'partnerServiceId', message: 'Choose the service to send the referral to' },
    ]);
    draft = await step(officer, 'updateReferral', {
      referralId: draft.id,
      expectedVersion: draft.version,
      victim: { firstName: 'Sam', lastName: 'Tester', area: f.tenancy.area, safeContact: { phone: '07700 900456', voicemailSafe: false, preferredMethod: 'PHONE_CALL', safeTimes: 'Evenings' } },
      proposedServiceId: f.tenancy.service.id,
    });
    draft = await orderConsidered(officer, await consent(officer, await screen(officer, draft), f.tenancy.service.id));
    expect(await blockersOf(draft.id)).toEqual([]);
    expect(await blockersOf(draft.id, 'supervisor')).toEqual([]);
  });

  it("asks for a service that covers the victim's area, and for consent to the service proposed", async () => {
    const { officer } = f.as;
    let draft: ReferralRef = await orderConsidered(officer, await consent(officer, await screen(officer, await createDraft(officer, f.tenancy)), f.tenancy.service.id));
    draft = await step(officer, 'updateReferral', { referralId: draft.id, expectedVersion: draft.version, proposedServiceId: f.tenancy.otherService.id });
    expect(await blockersOf(draft.id)).toEqual([
      { section: 'CONSENT', field: 'consent', message: textContaining(`Record their consent to ${f.tenancy.otherService.name}`) },
      { section: 'SERVICE', field: 'partnerServiceId', message: `${f.tenancy.otherService.name} does not cover ${f.tenancy.area}. Select a service that does.` },
    ]);
    draft = await step(officer, 'updateReferral', { referralId: draft.id, expectedVersion: draft.version, proposedServiceId: f.tenancy.secondService.id });
    const [agreedElsewhere] = await blockersOf(draft.id);
    expect(agreedElsewhere.section).toBe('CONSENT');
    // Sending says the same, with the consent blocker's code.
    const refused = await officer.fails(mutations.submitReferral, { input: { referralId: draft.id, expectedVersion: draft.version } });
    expect({ code: refused.code, message: refused.message }).toEqual({ code: 'CONSENT_REQUIRED', message: agreedElsewhere.message });
  });

  it('is what sending refuses with, field by field, outside the consent section', async () => {
    const { officer } = f.as;
    const draft = await createDraft(officer, f.tenancy, { victim: { firstName: 'Sam', lastName: 'Tester', area: f.tenancy.area } });
    const blockers = await blockersOf(draft.id);
    const refused = await officer.fails(mutations.submitReferral, { input: { referralId: draft.id, expectedVersion: draft.version } });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.extensions.fields).toEqual(blockers.filter((b) => b.section !== 'CONSENT').map(({ field, message }) => ({ field, message })));
  });

  it('is empty once the referral is sent, and for the service that receives it', async () => {
    const sent = await submitted(f.as.officer, f.tenancy);
    expect(await blockersOf(sent.id)).toEqual([]);
    expect(await blockersOf(sent.id, 'manager')).toEqual([]);
  });
});
