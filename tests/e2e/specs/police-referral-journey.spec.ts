import { expect, test } from '@playwright/test';
import { PoliceReferralsPage } from '../pages/police-referrals-page';
import { PoliceReferralPage } from '../pages/police-referral-page';
import {
  PoliceCheckAnswersPage,
  PoliceConsentStep,
  PoliceCrimeStep,
  PoliceOrderStep,
  PoliceReferralSentPage,
  PoliceRiskStep,
  PoliceServiceStep,
  PoliceVictimStep,
} from '../pages/police-referral-steps';
import { PoliceSignInPage } from '../pages/police-sign-in-page';
import { expectNoSeriousA11yViolations } from '../support/accessibility';
import { EASTSHIRE_ADVOCACY } from '../support/referral-fixtures';
import { saveScreenshot } from '../support/screenshots';
import { todayParts, uniqueCrimeReference, uniqueSurname } from '../support/test-data';

test('an officer makes a complete referral, sends it to the Eastshire service and sees it in My referrals', async ({ page }, testInfo) => {
  test.setTimeout(360_000); // a long journey with an axe scan of every screen
  const crimeReference = uniqueCrimeReference();
  const surname = uniqueSurname();
  const today = todayParts();

  const signIn = await PoliceSignInPage.goto(page);
  await expectNoSeriousA11yViolations(page, testInfo, 'sign-in');
  await saveScreenshot(page, testInfo, 'police-sign-in');
  await signIn.signInAs('eastshireOfficer');

  const home = await PoliceReferralsPage.verifyOnPage(page);
  await expect(home.account).toContainText('Priya Shah');
  await expect(home.account).toContainText('Eastshire Police');
  await expect(home.account).toContainText('Police officer');
  await expectNoSeriousA11yViolations(page, testInfo, 'my-referrals');
  await saveScreenshot(page, testInfo, 'police-my-referrals');
  await home.startNewReferral();

  // 1. Crime: the form refuses to go on until the required answers are given, and says why.
  const crime = await PoliceCrimeStep.verifyOnPage(page);
  await crime.saveAndContinue();
  expect(await crime.errorMessages()).toEqual([
    'Enter the crime reference',
    'Enter the date the crime was reported',
    'Select at least one offence',
    'Select the FOUR indicators that are present. If none are, this may not be stalking',
    "Select the suspect's relationship to the victim",
  ]);
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoSeriousA11yViolations(page, testInfo, 'crime-step-with-errors');
  await crime.fill({
    crimeReference,
    reported: today,
    offences: ['Stalking involving fear of violence', 'Malicious communications'],
    indicators: ['Fixated', 'Obsessive', 'Unwanted', 'Repeated'],
    relationship: 'Ex-intimate partner',
    circumstances: 'Repeated messages and waiting outside her work since March.',
  });
  await expectNoSeriousA11yViolations(page, testInfo, 'crime-step');
  await saveScreenshot(page, testInfo, 'police-step-1-crime');
  await crime.saveAndContinue();

  // 2. Victim and safe contact.
  const victim = await PoliceVictimStep.verifyOnPage(page);
  await expect(page).toHaveURL(/\/referrals\/[0-9a-f-]{36}\/victim$/);
  await expect(page.locator('.govuk-caption-l')).toContainText(/EAS-\d{4}-\d{6}/);
  await victim.fill({
    firstName: 'Jordan',
    lastName: surname,
    area: 'Eastshire North',
    method: 'Text message',
    phone: '07700 900 982',
    voicemailSafe: false,
    safeTimes: 'Weekdays between 9am and midday',
    safeToSpeakTo: 'Her sister, Sam',
    notSafeToSpeakTo: 'Her former partner and his family',
    language: 'Polish',
    interpreter: true,
    accessibilityNeeds: 'Prefers written information',
  });
  await expectNoSeriousA11yViolations(page, testInfo, 'victim-step');
  await saveScreenshot(page, testInfo, 'police-step-2-victim');
  await victim.saveAndContinue();

  // 3. S-DASH: the yes-count follows the answers; 14+ DASH ticks prompts a MARAC referral.
  const risk = await PoliceRiskStep.verifyOnPage(page);
  await risk.answer(['Yes', 'Yes', 'No', 'Yes', 'Yes', 'Not known', 'No', 'No', 'Yes', 'No', 'Yes'], { 1: 'Victim is not sleeping' });
  await expect(risk.yesCount()).toHaveText('Questions answered yes: 6 of 11');
  await risk.riskLevel('High', 'Escalating behaviour and threats');
  await risk.dash(15);
  await expect(risk.maracPrompt()).toBeVisible();
  await risk.noSpecialistAssessment();
  await expectNoSeriousA11yViolations(page, testInfo, 'risk-step');
  await saveScreenshot(page, testInfo, 'police-step-3-risk');
  await risk.saveAndContinue();

  // 4. Consent.
  const consent = await PoliceConsentStep.verifyOnPage(page);
  await consent.consentGiven({
    givenBy: 'The victim',
    on: today,
    method: 'Verbal',
    told: 'What the service does, that it is free and confidential, and that she can change her mind at any time.',
    service: EASTSHIRE_ADVOCACY,
    purposes: ['Specialist stalking advocacy and support', 'Safety planning'],
  });
  await expectNoSeriousA11yViolations(page, testInfo, 'consent-step');
  await saveScreenshot(page, testInfo, 'police-step-4-consent');
  await consent.saveAndContinue();

  // 5. Stalking Protection Order.
  const order = await PoliceOrderStep.verifyOnPage(page);
  await order.considered('Considered, application planned', 'Meets the test: applying to the magistrates this week');
  await expectNoSeriousA11yViolations(page, testInfo, 'order-step');
  await saveScreenshot(page, testInfo, 'police-step-5-order');
  await order.saveAndContinue();

  // 6. Only services covering the victim's area are offered.
  const service = await PoliceServiceStep.verifyOnPage(page);
  await expect(page.getByRole('group', { name: 'Services covering Eastshire North' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Westshire/ })).toHaveCount(0);
  await service.choose(EASTSHIRE_ADVOCACY);
  await expectNoSeriousA11yViolations(page, testInfo, 'service-step');
  await saveScreenshot(page, testInfo, 'police-step-6-service');
  await service.saveAndContinue();

  // 7. Check answers, change one through its link, send.
  let check = await PoliceCheckAnswersPage.verifyOnPage(page);
  await expect(check.value('Crime and stalking behaviour', 'Crime reference')).toHaveText(crimeReference.toUpperCase());
  await expect(check.value('Victim and safe contact', 'Name')).toHaveText(`Jordan ${surname}`);
  await expect(check.value('Stalking risk screening (S-DASH)', 'Questions answered yes')).toHaveText('6 of 11');
  await expect(check.value('Service', 'Send the referral to')).toHaveText(EASTSHIRE_ADVOCACY);
  await check.change('safe times to make contact');
  const victimAgain = await PoliceVictimStep.verifyOnPage(page);
  await page.getByLabel('When is it safe to make contact?').fill('Weekdays between 9am and 11am only');
  await victimAgain.saveAndContinue();
  check = await PoliceCheckAnswersPage.verifyOnPage(page);
  await expect(check.value('Victim and safe contact', 'Safe times to make contact')).toHaveText('Weekdays between 9am and 11am only');
  await expectNoSeriousA11yViolations(page, testInfo, 'check-answers');
  await saveScreenshot(page, testInfo, 'police-step-7-check-answers');
  await check.send();

  const sent = await PoliceReferralSentPage.verifyOnPage(page);
  const reference = await sent.reference();
  expect(reference).toMatch(/^EAS-\d{4}-\d{6}$/);
  await expect(page.getByText(`The referral has been sent to ${EASTSHIRE_ADVOCACY}`)).toBeVisible();
  await expectNoSeriousA11yViolations(page, testInfo, 'referral-sent');
  await saveScreenshot(page, testInfo, 'police-referral-sent');

  // The referral is in "My referrals", sent to the service.
  await page.getByRole('link', { name: 'Go to your referrals' }).click();
  const list = await PoliceReferralsPage.verifyOnPage(page);
  await list.search(crimeReference);
  await expect(list.row(reference)).toContainText('Sent to service');
  await expect(list.row(reference)).toContainText(EASTSHIRE_ADVOCACY);
  await expect(list.row(reference)).toContainText(`Jordan ${surname}`);
  await list.open(reference);

  const referral = await PoliceReferralPage.verifyOnPage(page, reference);
  await expect(referral.status()).toHaveText('Sent to service');
  await expectNoSeriousA11yViolations(page, testInfo, 'referral-overview');
  await saveScreenshot(page, testInfo, 'police-referral-overview');
  await referral.tab('Details');
  await expectNoSeriousA11yViolations(page, testInfo, 'referral-details');
  await referral.tab('Timeline');
  await expect(referral.timelineEntries().first()).toContainText(`Referral sent to ${EASTSHIRE_ADVOCACY}`);
  await expectNoSeriousA11yViolations(page, testInfo, 'referral-timeline');
  await saveScreenshot(page, testInfo, 'police-referral-timeline');
});
