import { expect, test } from '@playwright/test';
import { PoliceReferralsPage } from '../pages/police-referrals-page';
import { PoliceCrimeStep, PoliceRiskStep, PoliceVictimStep } from '../pages/police-referral-steps';
import { PoliceSignInPage } from '../pages/police-sign-in-page';
import { signInBrowser } from '../support/api';
import { makeReferral } from '../support/referral-fixtures';

test('an expired session sends the officer to sign in and back to the same page, with what they typed kept', async ({ page, context }) => {
  const draft = await makeReferral({ upTo: 'screening' });
  await signInBrowser(page, 'eastshireOfficer');
  await page.goto(`/referrals/${draft.id}/victim`);
  await PoliceVictimStep.verifyOnPage(page);
  await page.getByLabel('When is it safe to make contact?').fill('Saturday mornings only');

  // The session ends (timed out on the server): the next request is refused.
  await context.clearCookies();
  await page.getByRole('button', { name: 'Save and continue' }).click();

  const signIn = await PoliceSignInPage.verifyOnPage(page);
  await expect(page.getByText('Your session has ended')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('returnTo')).toBe(`/referrals/${draft.id}/victim`);
  await signIn.signInAs('eastshireOfficer');

  await PoliceVictimStep.verifyOnPage(page);
  await expect(page.getByLabel('When is it safe to make contact?')).toHaveValue('Saturday mornings only');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await PoliceRiskStep.verifyOnPage(page);
});

test('signing out forgets unsaved drafts in the browser, and signed-out pages ask to sign in', async ({ page }) => {
  await signInBrowser(page, 'eastshireOfficer');
  await page.goto('/referrals/new');
  await PoliceCrimeStep.verifyOnPage(page);
  await page.getByLabel('Crime reference').fill('NOT/SAVED/1');

  await new PoliceCrimeStep(page).signOut();
  const signIn = await PoliceSignInPage.verifyOnPage(page);
  await expect(page.getByText('You have signed out')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(window.sessionStorage).filter((key) => key.startsWith('lantern')))).toEqual([]);

  await page.goto('/referrals/new');
  await signIn.verify();
  await signIn.signInAs('eastshireOfficer');
  await PoliceCrimeStep.verifyOnPage(page);
  await expect(page.getByLabel('Crime reference')).toHaveValue('');
});

test('a wrong password is explained without saying which part was wrong', async ({ page }) => {
  const signIn = await PoliceSignInPage.goto(page);
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect(await signIn.errorMessages()).toEqual(['Enter your e-mail address', 'Enter your password']);
  await signIn.signInAs('eastshireOfficer', 'not-the-password');
  await expect(signIn.errorSummary).not.toContainText('Enter your e-mail address');
  const messages = await signIn.errorMessages();
  expect(messages).toHaveLength(1);
  expect(messages[0]).not.toMatch(/password is wrong|no account/i);
  await expect(page.getByLabel('Password')).toHaveValue('');
  await signIn.signInAs('eastshireOfficer');
  await PoliceReferralsPage.verifyOnPage(page);
});
