import { expect, test } from '@playwright/test';
import { PoliceReferralPage } from '../pages/police-referral-page';
import { PoliceReferralsPage } from '../pages/police-referrals-page';
import { PoliceCheckAnswersPage, PoliceCrimeStep, PoliceRiskStep } from '../pages/police-referral-steps';
import { PoliceSignInPage } from '../pages/police-sign-in-page';
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from '../support/accessibility';
import { signInBrowser } from '../support/api';
import { makeReferral } from '../support/referral-fixtures';
import { saveScreenshot } from '../support/screenshots';

test('supervisor screens and "not found" pass axe', async ({ page }, testInfo) => {
  await signInBrowser(page, 'eastshireSupervisor');
  await PoliceReferralsPage.goto(page, 'Force referrals');
  await expect(page.getByRole('columnheader', { name: 'Officer' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, testInfo, 'force-referrals');
  await saveScreenshot(page, testInfo, 'police-force-referrals');

  await page.goto('/referrals/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Referral not found' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, testInfo, 'referral-not-found');
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, testInfo, 'page-not-found');
});

for (const { width, height, label } of [
  { width: 320, height: 640, label: '320px wide' },
  { width: 640, height: 450, label: '200% zoom (640px of a 1280px window)' },
]) {
  test(`main screens work ${label}`, async ({ browser }, testInfo) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    const referral = await makeReferral();
    const draft = await makeReferral({ upTo: 'complete' });
    const tag = `${width}px`;

    await PoliceSignInPage.goto(page);
    await expectNoHorizontalScroll(page, 'sign in');
    await signInBrowser(page, 'eastshireOfficer');

    await PoliceReferralsPage.goto(page);
    await expectNoHorizontalScroll(page, 'my referrals');
    // On a narrow screen the menu and the filter fold away behind buttons, and open on request.
    if (width < 641) {
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(page.getByRole('link', { name: 'New referral', exact: true })).toBeVisible();
    }
    await expectNoSeriousA11yViolations(page, testInfo, `my-referrals-${tag}`);
    await saveScreenshot(page, testInfo, `police-my-referrals-${tag}`);

    await page.goto('/referrals/new');
    await PoliceCrimeStep.verifyOnPage(page);
    await expectNoHorizontalScroll(page, 'crime step');
    await page.goto(`/referrals/${draft.id}/risk`);
    await PoliceRiskStep.verifyOnPage(page);
    await expectNoHorizontalScroll(page, 'risk step');
    await page.goto(`/referrals/${draft.id}/check`);
    await PoliceCheckAnswersPage.verifyOnPage(page);
    await expectNoHorizontalScroll(page, 'check answers');
    await expectNoSeriousA11yViolations(page, testInfo, `check-answers-${tag}`);

    await page.goto(`/referrals/${referral.id}`);
    await PoliceReferralPage.verifyOnPage(page, referral.reference);
    await expectNoHorizontalScroll(page, 'referral overview');
    await expectNoSeriousA11yViolations(page, testInfo, `referral-overview-${tag}`);
    await saveScreenshot(page, testInfo, `police-referral-overview-${tag}`);
    await context.close();
  });
}
