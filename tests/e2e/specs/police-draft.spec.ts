import { expect, test } from '@playwright/test';
import { PoliceReferralsPage } from '../pages/police-referrals-page';
import { PoliceCrimeStep, PoliceRiskStep, PoliceVictimStep } from '../pages/police-referral-steps';
import { signInBrowser } from '../support/api';
import { todayParts, uniqueCrimeReference, uniqueSurname } from '../support/test-data';

const crimeAnswers = (crimeReference: string) => ({
  crimeReference,
  reported: todayParts(),
  offences: ['Stalking (s2A'],
  indicators: ['Fixated', 'Unwanted', 'Repeated'],
  relationship: 'Acquaintance or friend',
});

test.beforeEach(async ({ page }) => {
  await signInBrowser(page, 'eastshireOfficer');
});

test('nothing typed is lost on refresh, and a draft resumes from My referrals at the first step still to do', async ({ page }) => {
  const crimeReference = uniqueCrimeReference();
  const surname = uniqueSurname();

  await page.goto('/referrals/new');
  const crime = await PoliceCrimeStep.verifyOnPage(page);
  await crime.fill(crimeAnswers(crimeReference));
  await page.reload();
  await PoliceCrimeStep.verifyOnPage(page);
  await expect(page.getByLabel('Crime reference')).toHaveValue(crimeReference);
  await expect(page.getByRole('checkbox', { name: 'Unwanted' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Acquaintance or friend' })).toBeChecked();
  await crime.saveAndContinue();

  // Typed, not saved yet, then the page is refreshed: still there. Back and forward keep it too.
  const victim = await PoliceVictimStep.verifyOnPage(page);
  await page.getByLabel('First name').fill('Robin');
  await page.getByLabel('Last name').fill(surname);
  await page.getByLabel('When is it safe to make contact?').fill('Evenings after 6pm');
  await page.reload();
  await PoliceVictimStep.verifyOnPage(page);
  await expect(page.getByLabel('Last name')).toHaveValue(surname);
  await expect(page.getByLabel('When is it safe to make contact?')).toHaveValue('Evenings after 6pm');
  await page.getByRole('link', { name: 'Back' }).click();
  await PoliceCrimeStep.verifyOnPage(page);
  await expect(page.getByLabel('Crime reference')).toHaveValue(crimeReference.toUpperCase());
  await page.goBack();
  await PoliceVictimStep.verifyOnPage(page);
  await expect(page.getByLabel('First name')).toHaveValue('Robin');
  await victim.fill({
    firstName: 'Robin',
    lastName: surname,
    area: 'Eastborough',
    method: 'Phone call',
    phone: '07700 900 111',
    voicemailSafe: true,
    safeTimes: 'Evenings after 6pm',
    interpreter: false,
  });
  await victim.saveAndContinue();
  await PoliceRiskStep.verifyOnPage(page);

  // The draft is listed, and opening it resumes at the S-DASH step with what was saved kept.
  const list = await PoliceReferralsPage.goto(page);
  await list.search(crimeReference);
  await expect(list.row(crimeReference.toUpperCase())).toContainText('Draft');
  await expect(list.row(crimeReference.toUpperCase())).toContainText(`Robin ${surname}`);
  await list.table.getByRole('row').filter({ hasText: crimeReference.toUpperCase() }).getByRole('link').click();
  await PoliceRiskStep.verifyOnPage(page);
  await page.getByRole('link', { name: 'Back' }).click();
  await PoliceVictimStep.verifyOnPage(page);
  await expect(page.getByLabel('Area where the victim lives')).toHaveValue('Eastborough');
  await expect(page.getByLabel(/^Safe phone number/)).toHaveValue('07700 900 111');
});

test('a retry after a lost answer never creates a second referral', async ({ page }) => {
  const crimeReference = uniqueCrimeReference();
  await page.goto('/referrals/new');
  const crime = await PoliceCrimeStep.verifyOnPage(page);
  await crime.fill(crimeAnswers(crimeReference));

  // The first createReferral reaches the API and is saved, but its answer never comes back.
  let lost = false;
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { operationName?: string };
    if (!lost && body?.operationName === 'CreateReferral') {
      lost = true;
      await route.fetch();
      await route.abort('connectionreset');
      return;
    }
    await route.continue();
  });
  await crime.saveAndContinue();
  expect(await crime.errorMessages()).toEqual([
    'Lantern could not be reached, so nothing was saved. Check your connection and try again. What you typed has been kept.',
  ]);
  await expect(page.getByLabel('Crime reference')).toHaveValue(crimeReference);

  // The officer tries again: the same draft comes back.
  await crime.saveAndContinue();
  await PoliceVictimStep.verifyOnPage(page);
  expect(lost).toBe(true);

  const list = await PoliceReferralsPage.goto(page);
  await list.search(crimeReference);
  await expect(list.table.getByRole('row').filter({ hasText: crimeReference.toUpperCase() })).toHaveCount(1);
  await expect(page.getByText('Showing 1 to 1 of 1 referrals')).toBeVisible();
});

test('a dropped connection keeps what was typed, and saving again works once it is back', async ({ page, context }) => {
  const crimeReference = uniqueCrimeReference();
  await page.goto('/referrals/new');
  const crime = await PoliceCrimeStep.verifyOnPage(page);
  await crime.fill(crimeAnswers(crimeReference));
  await crime.saveAndContinue();
  const victim = await PoliceVictimStep.verifyOnPage(page);
  await victim.fill({
    firstName: 'Casey',
    lastName: uniqueSurname(),
    area: 'Eastshire South',
    method: 'Email',
    email: 'casey.safe@example.com',
    safeTimes: 'Any time',
    interpreter: false,
  });

  await context.setOffline(true);
  await victim.saveAndContinue();
  expect(await victim.errorMessages()).toEqual([
    'Lantern could not be reached, so nothing was saved. Check your connection and try again. What you typed has been kept.',
  ]);
  await expect(page.getByLabel(/^Safe e-mail address/)).toHaveValue('casey.safe@example.com');

  await context.setOffline(false);
  await victim.saveAndContinue();
  await PoliceRiskStep.verifyOnPage(page);
});
