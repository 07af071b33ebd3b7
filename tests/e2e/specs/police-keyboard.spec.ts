import { expect, test } from '@playwright/test';
import { PoliceReferralsPage } from '../pages/police-referrals-page';
import { PoliceCrimeStep, PoliceVictimStep } from '../pages/police-referral-steps';
import { PoliceSignInPage } from '../pages/police-sign-in-page';
import { DEMO_PASSWORD, USERS } from '../support/users';
import { tabTo } from '../support/keyboard';
import { todayParts, uniqueCrimeReference } from '../support/test-data';

test('an officer can sign in and start a referral with the keyboard alone', async ({ page }) => {
  await PoliceSignInPage.goto(page);

  // The skip link is the first thing Tab reaches, and it moves focus to the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();

  await tabTo(page, page.getByLabel('E-mail address'));
  await page.keyboard.type(USERS.eastshireOfficer);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await PoliceReferralsPage.verifyOnPage(page);

  await tabTo(page, page.getByRole('button', { name: 'Start a new referral' }));
  await page.keyboard.press('Enter');
  const crime = await PoliceCrimeStep.verifyOnPage(page);

  // Submitting with nothing filled in moves focus to the error summary; its links move focus to the fields.
  await tabTo(page, page.getByRole('button', { name: 'Save and continue' }));
  await page.keyboard.press('Enter');
  await expect(crime.errorSummary).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Enter the crime reference' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Crime reference')).toBeFocused();
  await page.keyboard.type(uniqueCrimeReference());

  await page.getByRole('link', { name: 'Enter the date the crime was reported' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'When was the crime reported?' }).getByLabel('Day')).toBeFocused();
  const today = todayParts();
  await page.keyboard.type(today.day);
  await page.keyboard.press('Tab');
  await page.keyboard.type(today.month);
  await page.keyboard.press('Tab');
  await page.keyboard.type(today.year);

  // Checkboxes with Space; radios with the arrow keys.
  await page.getByRole('link', { name: 'Select at least one offence' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await page.getByRole('link', { name: /Select the FOUR indicators/ }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await page.getByRole('link', { name: "Select the suspect's relationship to the victim" }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Current intimate partner' })).toBeChecked();

  await tabTo(page, page.getByRole('button', { name: 'Save and continue' }));
  await page.keyboard.press('Enter');
  await PoliceVictimStep.verifyOnPage(page);
});
