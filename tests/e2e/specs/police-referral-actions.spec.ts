import { expect, test } from '@playwright/test';
import { PoliceBreachPage, PoliceVictimLinkPage, PoliceWithdrawPage } from '../pages/police-action-pages';
import { PoliceReferralPage } from '../pages/police-referral-page';
import { PoliceReferralsPage } from '../pages/police-referrals-page';
import { PoliceRiskStep, PoliceVictimStep } from '../pages/police-referral-steps';
import { expectNoSeriousA11yViolations } from '../support/accessibility';
import { signInBrowser } from '../support/api';
import { editDraftElsewhere, makeReferral, postUrgentUpdate } from '../support/referral-fixtures';
import { saveScreenshot } from '../support/screenshots';
import { todayParts } from '../support/test-data';
import { VICTIM_STATUS_URL } from '../support/urls';

test.beforeEach(async ({ page }) => {
  await signInBrowser(page, 'eastshireOfficer');
});

test('an urgent update from the service is flagged in the list and can be acknowledged', async ({ page }, testInfo) => {
  const referral = await makeReferral();
  await postUrgentUpdate(referral.id, 'The suspect was seen outside her home last night. She has asked for police to call.');

  const list = await PoliceReferralsPage.goto(page);
  await list.search(referral.crimeReference);
  await expect(list.row(referral.reference)).toContainText('Urgent update');
  await list.open(referral.reference);

  const overview = await PoliceReferralPage.verifyOnPage(page, referral.reference);
  await expect(overview.urgentUpdates()).toHaveCount(1);
  await expect(overview.urgentUpdates().first()).toContainText('The suspect was seen outside her home last night.');
  await expectNoSeriousA11yViolations(page, testInfo, 'referral-with-urgent-update');
  await saveScreenshot(page, testInfo, 'police-referral-urgent-update');
  await overview.urgentUpdates().first().getByRole('button', { name: /Acknowledge/ }).click();
  await expect(overview.urgentUpdates()).toHaveCount(0);
  await expect(page.getByText(/Acknowledged by Priya Shah/)).toBeVisible();

  await PoliceReferralsPage.goto(page);
  await list.search(referral.crimeReference);
  await expect(list.row(referral.reference)).not.toContainText('Urgent update');
});

test('the victim link and its access code are shown once, and the link can be revoked', async ({ page }, testInfo) => {
  const referral = await makeReferral();
  await page.goto(`/referrals/${referral.id}`);
  const overview = await PoliceReferralPage.verifyOnPage(page, referral.reference);
  await overview.action('Issue a victim link');

  const linkPage = await PoliceVictimLinkPage.verifyOnPage(page);
  const { url, code } = await linkPage.issue();
  expect(url.startsWith(`${VICTIM_STATUS_URL}#`)).toBe(true);
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await expect(page.getByText('Read the code to the victim in a phone call or in person.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, testInfo, 'victim-link-issued');
  await saveScreenshot(page, testInfo, 'police-victim-link-issued');

  // Once the page is left, neither the link nor the code can be seen again.
  await page.getByRole('link', { name: 'Back to the referral' }).click();
  await overview.verify();
  await expect(page.getByText(code)).toHaveCount(0);
  await overview.action('Manage the victim link');
  await linkPage.verify();
  await expect(page.locator('.lantern-access-code')).toHaveCount(0);
  await expect(page.getByText('Active', { exact: true })).toBeVisible();
  await linkPage.revoke();
  await expect(page.getByText('The link has been revoked. It no longer works.')).toBeVisible();
  await expect(page.getByText('Revoked', { exact: true })).toBeVisible();
});

test('a Stalking Protection Order is updated when granted, and a breach is recorded', async ({ page }, testInfo) => {
  const referral = await makeReferral();
  const today = todayParts();
  await page.goto(`/referrals/${referral.id}`);
  const overview = await PoliceReferralPage.verifyOnPage(page, referral.reference);
  expect(await overview.actions()).not.toContain('Record a breach of the order');
  await overview.action('Update the Stalking Protection Order');

  await page.getByRole('group', { name: 'Has a Stalking Protection Order been considered?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByLabel('Full order granted').check();
  await page.getByLabel('Why was this decided?').fill('Granted at Eastshire Magistrates');
  const made = page.getByRole('group', { name: 'Date the full order was made' });
  await made.getByLabel('Day').fill(today.day);
  await made.getByLabel('Month').fill(today.month);
  await made.getByLabel('Year').fill(today.year);
  await page.getByLabel('Conditions of the order').fill('No contact with the victim. Not to enter Eastshire North.');
  await expectNoSeriousA11yViolations(page, testInfo, 'stalking-protection-order');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(overview.successBanner()).toContainText('Stalking Protection Order updated');
  await expect(page.getByText('Full order granted')).toBeVisible();

  await overview.action('Record a breach of the order');
  const breach = await PoliceBreachPage.verifyOnPage(page);
  await page.getByRole('button', { name: 'Record breach' }).click();
  expect(await breach.errorMessages()).toEqual(['Enter the date of the breach', 'Describe what happened']);
  await expectNoSeriousA11yViolations(page, testInfo, 'breach-with-errors');
  await breach.record(today, 'Sent 14 text messages in breach of the no-contact condition.');
  await expect(overview.successBanner()).toContainText('Breach recorded');
  await expect(page.getByText('Sent 14 text messages in breach of the no-contact condition.')).toBeVisible();
});

test('withdrawing a referral leaves nothing more to do', async ({ page }, testInfo) => {
  const referral = await makeReferral();
  await page.goto(`/referrals/${referral.id}`);
  const overview = await PoliceReferralPage.verifyOnPage(page, referral.reference);
  await overview.action('Withdraw the referral');
  const withdraw = await PoliceWithdrawPage.verifyOnPage(page);
  await expectNoSeriousA11yViolations(page, testInfo, 'withdraw');
  await withdraw.withdraw('The victim has moved away and is supported by another force.');
  await expect(overview.status()).toHaveText('Withdrawn');
  await expect(page.getByText('The referral was withdrawn and nobody is working on it.')).toBeVisible();
  expect(await overview.actions()).toEqual([]);
});

test('when someone else changed the draft first, the officer is told what changed and keeps what they typed', async ({ page }) => {
  const draft = await makeReferral({ upTo: 'screening' });
  await page.goto(`/referrals/${draft.id}/victim`);
  await PoliceVictimStep.verifyOnPage(page);
  await page.getByLabel('When is it safe to make contact?').fill('Only on Tuesdays, after 2pm');

  await editDraftElsewhere(draft.id, 'Updated by a colleague: the suspect has a car.');

  await page.getByRole('button', { name: 'Save and continue' }).click();
  const notice = page.locator('.govuk-notification-banner').filter({ hasText: 'This referral was changed after you opened it' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Priya Shah');
  await expect(page.getByLabel('When is it safe to make contact?')).toHaveValue('Only on Tuesdays, after 2pm');

  await notice.getByRole('button', { name: 'Reload the referral' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByLabel('When is it safe to make contact?')).toHaveValue('Only on Tuesdays, after 2pm');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await PoliceRiskStep.verifyOnPage(page);
});
