import { expect, test } from '@playwright/test';
import { PartnerDeclinePage, PartnerSafeguardingUpdatePage, PartnerClosePage } from '../pages/partner-action-pages';
import { PartnerCasePage } from '../pages/partner-case-page';
import { PartnerListPage } from '../pages/partner-lists-page';
import { partnerUrl } from '../pages/partner-page';
import { PartnerSignInPage } from '../pages/partner-sign-in-page';
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from '../support/accessibility';
import { tabTo } from '../support/keyboard';
import { acceptAndAllocate, managerRecordsContactAttempt, officerRecordsConsentWithdrawn, officerView } from '../support/partner-fixtures';
import { makeReferral } from '../support/referral-fixtures';
import { saveScreenshot } from '../support/screenshots';

test('a manager declines a referral with a reason and a note, using only the keyboard', async ({ page }, testInfo) => {
  const referral = await makeReferral();
  const victimName = `Alex ${referral.victimSurname}`;

  await PartnerSignInPage.goto(page);
  await tabTo(page, page.getByLabel('Email address'));
  await page.keyboard.type('manager@eastshire-advocacy.test');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Lantern-demo-2026!');
  await page.keyboard.press('Enter');
  const all = await PartnerListPage.verifyOnPage(page, 'New referrals').then(() => PartnerListPage.goto(page, 'All referrals'));
  await all.search(referral.reference);
  await expectNoSeriousA11yViolations(page, testInfo, 'partner-all-referrals');
  await saveScreenshot(page, testInfo, 'partner-all-referrals');
  await tabTo(page, all.row(referral.reference).getByRole('link'));
  await page.keyboard.press('Enter');

  const casePage = await PartnerCasePage.verifyOnPage(page, victimName);
  await tabTo(page, page.getByRole('button', { name: 'Decline referral' }));
  await page.keyboard.press('Enter');
  const decline = await PartnerDeclinePage.verifyOnPage(page);
  await tabTo(page, page.getByRole('button', { name: 'Decline referral' }));
  await page.keyboard.press('Enter');
  expect(await decline.errorMessages()).toEqual(['Select why you are declining the referral']);
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await expectNoSeriousA11yViolations(page, testInfo, 'partner-decline-errors');
  // The error summary's link takes the keyboard user to the first choice.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Victim lives outside our service area')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // "Does not meet our criteria..."
  await page.keyboard.press('ArrowDown'); // "Victim is already supported..."
  await page.keyboard.press('ArrowDown'); // "We do not have capacity"
  await expect(page.getByLabel('We do not have capacity')).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Eastshire Victim Care has space this month.');
  await saveScreenshot(page, testInfo, 'partner-decline');
  await tabTo(page, page.getByRole('button', { name: 'Decline referral' }));
  await page.keyboard.press('Enter');

  await PartnerCasePage.verifyOnPage(page, victimName);
  await expect(casePage.successBanner()).toContainText('Referral declined. The police have been told.');
  await expect(casePage.status()).toHaveText('Declined');
  await expect(page.getByText('Declined: We do not have capacity')).toBeVisible();
  expect(await casePage.actions()).toEqual([]);
  await expectNoSeriousA11yViolations(page, testInfo, 'partner-case-declined');
  expect(await officerView(referral.id)).toEqual({
    status: 'DECLINED',
    decline: { reason: 'CAPACITY', note: 'Eastshire Victim Care has space this month.' },
  });
});

test('when someone else changes the referral first, the advocate keeps what they typed and can send it again', async ({ page }, testInfo) => {
  const referral = await makeReferral();
  await acceptAndAllocate(referral.id);
  const text = 'She has moved to her sister’s house. The new address must not be shared.';

  await (await PartnerSignInPage.goto(page)).signInAs('eastshireAdvocate');
  await PartnerListPage.verifyOnPage(page, 'My caseload');
  await page.goto(partnerUrl(`/referrals/${referral.id}/safeguarding-update`));
  const update = await PartnerSafeguardingUpdatePage.verifyOnPage(page);
  await update.fill({ kind: 'Support plan note', text, risk: 'No change', needsPoliceAction: false, visibleToVictim: false });

  // Meanwhile the manager records a contact attempt on the same referral.
  await managerRecordsContactAttempt(referral.id, 'Tried her safe number at 9am.');

  await update.post();
  expect(await update.errorMessages()).toEqual([
    'Someone else changed this referral while you were working on it. Their changes are now shown. Check the referral, then try again: what you entered has been kept.',
  ]);
  await expect(page.getByLabel('Update', { exact: true })).toHaveValue(text);
  await expect(page.getByRole('radio', { name: 'Support plan note' })).toBeChecked();
  await expectNoSeriousA11yViolations(page, testInfo, 'partner-update-conflict');
  await saveScreenshot(page, testInfo, 'partner-update-conflict');

  await update.post();
  const casePage = await PartnerCasePage.verifyOnPage(page, `Alex ${referral.victimSurname}`);
  await expect(casePage.successBanner()).toContainText('Safeguarding update posted');
  await expect(casePage.safeguardingUpdates().filter({ hasText: text })).toHaveCount(1);
  await expect(casePage.contactAttempts().filter({ hasText: 'Tried her safe number at 9am.' })).toHaveCount(1);

  // Closing: only the advocate's actions, and none once closed.
  await casePage.tab('Overview');
  await casePage.action('Close referral');
  const close = await PartnerClosePage.verifyOnPage(page);
  await expectNoSeriousA11yViolations(page, testInfo, 'partner-close');
  await saveScreenshot(page, testInfo, 'partner-close');
  await close.close('Declined support', 'She has support from her family and does not want advocacy.');
  await expect(casePage.successBanner()).toContainText('Referral closed. The police have been told.');
  await expect(casePage.status()).toHaveText('Closed');
  await expect(page.getByText('Closed: Declined support')).toBeVisible();
  expect(await casePage.actions()).toEqual([]);
  expect((await officerView(referral.id)).status).toBe('CLOSED');
});

test('when the victim withdraws consent, a banner on the case stops all further work', async ({ page }, testInfo) => {
  const referral = await makeReferral();
  await acceptAndAllocate(referral.id);
  await officerRecordsConsentWithdrawn(referral.id, 'She asked the police to stop the referral.');

  await (await PartnerSignInPage.goto(page)).signInAs('eastshireAdvocate');
  await PartnerListPage.verifyOnPage(page, 'My caseload');
  await page.goto(partnerUrl(`/referrals/${referral.id}`));
  const casePage = await PartnerCasePage.verifyOnPage(page, `Alex ${referral.victimSurname}`);
  await expect(casePage.consentWithdrawnBanner()).toContainText('The victim has withdrawn their consent. Stop all work on this referral.');
  await expect(casePage.consentWithdrawnBanner()).toContainText('She asked the police to stop the referral.');
  expect(await casePage.actions()).toEqual([]);
  await expect(casePage.safeContact()).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, testInfo, 'partner-consent-withdrawn');
  await saveScreenshot(page, testInfo, 'partner-consent-withdrawn');

  // A form opened from an old bookmark does not let work carry on either.
  await page.goto(partnerUrl(`/referrals/${referral.id}/contact-attempt`));
  await expect(casePage.consentWithdrawnBanner()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save contact attempt' })).toHaveCount(0);
});

for (const [label, width] of [
  ['320 px wide', 320],
  ['200% zoom on a 1280 px screen', 640],
] as const) {
  test(`the main partner screens work ${label} without sideways scrolling`, async ({ page }) => {
    const referral = await makeReferral();
    await acceptAndAllocate(referral.id);
    await page.setViewportSize({ width, height: 800 });
    await (await PartnerSignInPage.goto(page)).signInAs('eastshireAdvocate');
    const caseload = await PartnerListPage.verifyOnPage(page, 'My caseload');
    await expectNoHorizontalScroll(page, 'my caseload');
    await caseload.search(referral.victimSurname);
    await caseload.open(referral.reference);
    const casePage = await PartnerCasePage.verifyOnPage(page, `Alex ${referral.victimSurname}`);
    await expectNoHorizontalScroll(page, 'case overview');
    await casePage.tab('Referral details');
    await expectNoHorizontalScroll(page, 'referral details');
    await casePage.tab('Overview');
    await casePage.action('Record a contact attempt');
    await expect(page.getByRole('heading', { level: 1, name: 'Record a contact attempt' })).toBeVisible();
    await expectNoHorizontalScroll(page, 'record a contact attempt');
    // Who is signed in, "Sign out" and the way back to the caseload stay on screen.
    await expect(page.locator('.lantern-header__account')).toContainText('Sam Lee');
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My caseload' })).toBeVisible();
  });
}
