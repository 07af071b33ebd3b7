import { expect, test, type Browser, type Page } from '@playwright/test';
import { PoliceAuthorisationPage, PoliceAuthorisationQueuePage } from '../pages/police-authorisation-pages';
import { PoliceReferralPage } from '../pages/police-referral-page';
import { PoliceReferralsPage } from '../pages/police-referrals-page';
import { PoliceCheckAnswersPage, PoliceConsentStep, PoliceOrderStep, PoliceReferralSentPage, PoliceServiceStep } from '../pages/police-referral-steps';
import { PoliceSignInPage } from '../pages/police-sign-in-page';
import { expectNoSeriousA11yViolations } from '../support/accessibility';
import { signInBrowser } from '../support/api';
import { EASTSHIRE_ADVOCACY, makeReferral } from '../support/referral-fixtures';
import { saveScreenshot } from '../support/screenshots';

/** The officer opens their draft from My referrals and records that the victim has not consented. */
async function referWithoutConsent(page: Page, reference: string): Promise<PoliceCheckAnswersPage> {
  const list = await PoliceReferralsPage.goto(page);
  await list.search(reference);
  await list.open(reference);
  const consent = await PoliceConsentStep.verifyOnPage(page);
  await consent.noConsent({
    reason: 'She is too frightened to agree, and the suspect has been seen outside her home twice this week.',
    basis: 'Risk of serious harm to the victim',
    victimAware: false,
  });
  await consent.saveAndContinue();
  const order = await PoliceOrderStep.verifyOnPage(page);
  await order.notYetConsidered();
  await order.saveAndContinue();
  const service = await PoliceServiceStep.verifyOnPage(page);
  await service.choose(EASTSHIRE_ADVOCACY);
  await service.saveAndContinue();
  return PoliceCheckAnswersPage.verifyOnPage(page);
}

/** The supervisor, in a browser of their own, finds the referral in the queue and opens it. */
async function supervisorOpens(browser: Browser, reference: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const signIn = await PoliceSignInPage.goto(page);
  await signIn.signInAs('eastshireSupervisor');
  await PoliceReferralsPage.verifyOnPage(page);
  await page.getByRole('link', { name: 'Awaiting authorisation' }).click();
  const queue = await PoliceAuthorisationQueuePage.verifyOnPage(page);
  await expect(queue.row(reference)).toContainText('Priya Shah');
  await expect(queue.row(reference)).toContainText('She is too frightened to agree');
  return { page, close: () => context.close() };
}

test('a referral without consent waits for a supervisor, who authorises it; then the officer can send it', async ({ page, browser }, testInfo) => {
  const draft = await makeReferral({ upTo: 'screening' });
  await signInBrowser(page, 'eastshireOfficer');

  const check = await referWithoutConsent(page, draft.reference);
  await expect(page.getByText('A supervisor must authorise sending this referral without consent')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send referral' })).toHaveCount(0);
  await expect(check.value('Consent', "Supervisor's authorisation")).toContainText('Waiting for a supervisor');

  const supervisor = await supervisorOpens(browser, draft.reference);
  await expectNoSeriousA11yViolations(supervisor.page, testInfo, 'authorisation-queue');
  await saveScreenshot(supervisor.page, testInfo, 'police-authorisation-queue');
  await new PoliceAuthorisationQueuePage(supervisor.page).open(draft.reference);
  const decision = await PoliceAuthorisationPage.verifyOnPage(supervisor.page);
  await expectNoSeriousA11yViolations(supervisor.page, testInfo, 'authorisation-decision');
  await saveScreenshot(supervisor.page, testInfo, 'police-authorisation-decision');
  await decision.authorise('Agreed: the risk justifies sharing without consent.');
  const referral = await PoliceReferralPage.verifyOnPage(supervisor.page, draft.reference);
  await expect(referral.successBanner()).toContainText('Authorised');
  await PoliceAuthorisationQueuePage.goto(supervisor.page);
  await expect(supervisor.page.getByRole('row').filter({ hasText: draft.reference })).toHaveCount(0);
  await supervisor.close();

  // The officer sees the decision and can now send the referral.
  await page.reload();
  const ready = await PoliceCheckAnswersPage.verifyOnPage(page);
  await expect(ready.value('Consent', "Supervisor's authorisation")).toContainText('Authorised');
  await ready.send();
  await PoliceReferralSentPage.verifyOnPage(page);
});

test('a supervisor can refuse, and the officer is told why', async ({ page, browser }) => {
  const draft = await makeReferral({ upTo: 'screening' });
  await signInBrowser(page, 'eastshireOfficer');
  await referWithoutConsent(page, draft.reference);

  const supervisor = await supervisorOpens(browser, draft.reference);
  await new PoliceAuthorisationQueuePage(supervisor.page).open(draft.reference);
  const decision = await PoliceAuthorisationPage.verifyOnPage(supervisor.page);
  await decision.refuse('Try again to get consent: speak to her with the IDVA present.');
  await PoliceReferralPage.verifyOnPage(supervisor.page, draft.reference);
  await supervisor.close();

  await page.reload();
  await PoliceCheckAnswersPage.verifyOnPage(page);
  await expect(page.getByText('A supervisor refused to authorise sending this referral without consent')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send referral' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Change consent', exact: true }).click();
  await PoliceConsentStep.verifyOnPage(page);
  await expect(page.getByText('Try again to get consent: speak to her with the IDVA present.')).toBeVisible();
});
