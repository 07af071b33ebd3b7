import { describe, expect, it } from 'vitest';
import { completeDraft } from '../../test/referral-fixture';
import { firstIncompleteStep } from './steps';

type Blocker = ReturnType<typeof completeDraft>['submissionBlockers'][number];
const blocker = (section: Blocker['section'], field: string): Blocker => ({ __typename: 'SubmissionBlocker', section, field, message: 'To do' });

describe('where a draft resumes', () => {
  it('is "check your answers" when the API lists nothing that stops it being sent', () => {
    expect(firstIncompleteStep(completeDraft())).toBe('check');
  });

  it("is the step of the API's first blocker", () => {
    const blockers = [blocker('RISK', 'screening'), blocker('SERVICE', 'partnerServiceId')];
    expect(firstIncompleteStep(completeDraft({ submissionBlockers: blockers }))).toBe('risk');
    expect(firstIncompleteStep(completeDraft({ submissionBlockers: [blocker('STALKING_PROTECTION_ORDER', 'stalkingProtectionOrder')] }))).toBe('order');
  });

  it('goes past the consent step once it is answered: what is left there is shown on "check your answers"', () => {
    const waiting = [blocker('CONSENT', 'consent')];
    expect(firstIncompleteStep(completeDraft({ consent: null, submissionBlockers: waiting }))).toBe('consent');
    expect(firstIncompleteStep(completeDraft({ submissionBlockers: waiting }))).toBe('check');
    expect(firstIncompleteStep(completeDraft({ submissionBlockers: [...waiting, blocker('SERVICE', 'partnerServiceId')] }))).toBe('service');
  });
});
