import { expect, test, type Browser, type Page } from '@playwright/test';
import { PartnerAllocatePage, PartnerContactAttemptPage, PartnerSafeguardingUpdatePage } from '../pages/partner-action-pages';
import { PartnerCasePage } from '../pages/partner-case-page';
import { PartnerListPage } from '../pages/partner-lists-page';
import { PartnerSignInPage } from '../pages/partner-sign-in-page';
import { PoliceVictimLinkPage } from '../pages/police-action-pages';
import { PoliceReferralPage } from '../pages/police-referral-page';
import { PoliceReferralsPage } from '../pages/police-referrals-page';
import { PoliceSignInPage } from '../pages/police-sign-in-page';
import { NEUTRAL_SITE, VictimStatusPage, stubNeutralSite } from '../pages/victim-status-page';
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from '../support/accessibility';
import { EASTSHIRE_ADVOCACY, makeReferral } from '../support/referral-fixtures';
import { saveScreenshot } from '../support/screenshots';
import { VICTIM_STATUS_URL } from '../support/urls';

/** A fresh browser session (its own cookies) for each person in the journey. */
async function personPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext(options);
  return context.newPage();
}

test('the service accepts, allocates and works a referral; the officer acts on its urgent update and gives the victim a link they follow, then leave with Quick exit', async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const referral = await makeReferral();
  const victimName = `Alex ${referral.victimSurname}`;
  const policeActionText = `He was waiting outside her work on Monday (${referral.crimeReference}). Please visit her today.`;
  const sharedUpdate = 'We have booked a home security visit for Thursday morning.';

  // 1. The manager sees the new referral in the inbox, with its deadline and risk, and accepts it.
  const manager = await personPage(browser);
  const signIn = await PartnerSignInPage.goto(manager);
  await expectNoSeriousA11yViolations(manager, testInfo, 'partner-sign-in');
  await saveScreenshot(manager, testInfo, 'partner-sign-in');
  await signIn.signInAs('eastshireManager');
  const inbox = await PartnerListPage.verifyOnPage(manager, 'New referrals');
  await expect(inbox.account).toContainText('Grace Okafor');
  await expect(inbox.account).toContainText(EASTSHIRE_ADVOCACY);
  await expect(inbox.account).toContainText('Service manager');
  await expect(inbox.row(referral.reference)).toContainText(/Due|Overdue/);
  await expect(inbox.row(referral.reference)).toContainText('Medium risk');
  await expectNoSeriousA11yViolations(manager, testInfo, 'partner-inbox');
  await saveScreenshot(manager, testInfo, 'partner-inbox');
  await inbox.open(referral.reference);

  let managerCase = await PartnerCasePage.verifyOnPage(manager, victimName);
  expect(await managerCase.actions()).toEqual(['Accept referral', 'Decline referral']);
  await expect(managerCase.safeContact()).toContainText('Do not leave a voicemail.');
  await expect(managerCase.safeContact()).toContainText('Only contact at these times: Weekday mornings');
  await expectNoSeriousA11yViolations(manager, testInfo, 'partner-case-new');
  await saveScreenshot(manager, testInfo, 'partner-case-new');
  await managerCase.tab('Referral details');
  await expect(manager.getByText(referral.crimeReference.toUpperCase()).or(manager.getByText(referral.crimeReference))).toBeVisible();
  await expect(manager.getByRole('table', { name: 'S-DASH answers' }).getByRole('row')).toHaveCount(12);
  await expectNoSeriousA11yViolations(manager, testInfo, 'partner-case-details');
  await saveScreenshot(manager, testInfo, 'partner-case-details');
  await managerCase.tab('Overview');
  await managerCase.action('Accept referral');
  await expect(managerCase.successBanner()).toContainText('Referral accepted');
  await expect(managerCase.status()).toHaveText('Accepted');

  // 2. ...and allocates it to an advocate, seeing each advocate's caseload.
  await managerCase.action('Allocate to an advocate');
  const allocate = await PartnerAllocatePage.verifyOnPage(manager);
  await expect(allocate.choice('Sam Lee')).toContainText(/\d+ open cases?/);
  await expect(allocate.choice('Alex Morgan')).toContainText(/\d+ open cases?/);
  await expectNoSeriousA11yViolations(manager, testInfo, 'partner-allocate');
  await saveScreenshot(manager, testInfo, 'partner-allocate');
  await allocate.allocateTo('Sam Lee');
  managerCase = await PartnerCasePage.verifyOnPage(manager, victimName);
  await expect(managerCase.successBanner()).toContainText('Referral allocated to Sam Lee');
  await expect(managerCase.keyFact('Advocate')).toHaveText('Sam Lee');

  // 3. The advocate finds it in "My caseload" and records a failed, then a successful, contact.
  const advocate = await personPage(browser);
  await (await PartnerSignInPage.goto(advocate)).signInAs('eastshireAdvocate');
  const caseload = await PartnerListPage.verifyOnPage(advocate, 'My caseload');
  await caseload.search(referral.victimSurname);
  await expect(caseload.row(referral.reference)).toContainText('Allocated to advocate');
  await expectNoSeriousA11yViolations(advocate, testInfo, 'partner-caseload');
  await saveScreenshot(advocate, testInfo, 'partner-caseload');
  await caseload.open(referral.reference);

  let advocateCase = await PartnerCasePage.verifyOnPage(advocate, victimName);
  expect(await advocateCase.actions()).toEqual(['Record a contact attempt', 'Post a safeguarding update', 'Close referral']);
  await advocateCase.action('Record a contact attempt');
  let attempt = await PartnerContactAttemptPage.verifyOnPage(advocate);
  await expect(advocate.getByRole('region', { name: /^Before you contact Alex/ })).toContainText('Do not leave a voicemail.');
  await expectNoSeriousA11yViolations(advocate, testInfo, 'partner-contact-attempt');
  await saveScreenshot(advocate, testInfo, 'partner-contact-attempt');
  await attempt.record('No answer', 'Called at 10:05. No answer; no voicemail left.');
  advocateCase = await PartnerCasePage.verifyOnPage(advocate, victimName);
  await expect(advocateCase.successBanner()).toContainText('Contact attempt recorded: no answer');
  await advocateCase.tab('Overview');
  await advocateCase.action('Record a contact attempt');
  attempt = await PartnerContactAttemptPage.verifyOnPage(advocate);
  await attempt.record('Contacted', 'Spoke to her at 11:30. Safety plan started.');
  advocateCase = await PartnerCasePage.verifyOnPage(advocate, victimName);
  await expect(advocateCase.successBanner()).toContainText('Contact attempt recorded: contacted');
  await expect(advocateCase.status()).toHaveText('In contact');
  await expect(advocateCase.contactAttempts().filter({ hasText: 'No answer' })).toHaveCount(1);
  await expect(advocateCase.contactAttempts().filter({ hasText: 'Contacted' })).toHaveCount(1);

  // 4. The advocate posts an update that needs police action, and one the victim may see.
  await advocateCase.tab('Overview');
  await advocateCase.action('Post a safeguarding update');
  let update = await PartnerSafeguardingUpdatePage.verifyOnPage(advocate);
  await update.post();
  expect(await update.errorMessages()).toEqual([
    'Select what kind of update this is',
    'Enter the update',
    'Select whether the risk level has changed',
    'Select whether the police need to take action',
    'Select whether the victim should see this update',
  ]);
  await expect(advocate).toHaveTitle(/^Error: /);
  await expectNoSeriousA11yViolations(advocate, testInfo, 'partner-update-errors');
  await update.fill({ kind: 'Needs police action', text: policeActionText, risk: 'Now high risk', needsPoliceAction: true, visibleToVictim: false });
  await saveScreenshot(advocate, testInfo, 'partner-safeguarding-update');
  await update.post();
  advocateCase = await PartnerCasePage.verifyOnPage(advocate, victimName);
  await expect(advocateCase.successBanner()).toContainText('The officer in the case has it as urgent');
  await expect(advocateCase.safeguardingUpdates().filter({ hasText: policeActionText })).toContainText('Needs police action');
  await advocateCase.tab('Overview');
  await advocateCase.action('Post a safeguarding update');
  update = await PartnerSafeguardingUpdatePage.verifyOnPage(advocate);
  await update.fill({ kind: 'Support plan note', text: sharedUpdate, risk: 'No change', needsPoliceAction: false, visibleToVictim: true });
  await update.post();
  advocateCase = await PartnerCasePage.verifyOnPage(advocate, victimName);
  await expect(advocateCase.safeguardingUpdates().filter({ hasText: sharedUpdate })).toContainText('Victim can see this');
  await expectNoSeriousA11yViolations(advocate, testInfo, 'partner-contact-and-updates');
  await saveScreenshot(advocate, testInfo, 'partner-contact-and-updates');
  await advocateCase.tab('Timeline');
  await expect(advocateCase.timelineEntries().first()).toBeVisible();
  await expectNoSeriousA11yViolations(advocate, testInfo, 'partner-timeline');
  await saveScreenshot(advocate, testInfo, 'partner-timeline');

  // 5. The officer sees the update as urgent in the police app and acknowledges it, then issues the victim link.
  const officer = await personPage(browser);
  await (await PoliceSignInPage.goto(officer)).signInAs('eastshireOfficer');
  await PoliceReferralsPage.verifyOnPage(officer);
  await officer.goto(`/referrals/${referral.id}`);
  const policeReferral = await PoliceReferralPage.verifyOnPage(officer, referral.reference);
  const urgent = policeReferral.urgentUpdates().filter({ hasText: policeActionText });
  await expect(urgent).toBeVisible();
  await urgent.getByRole('button', { name: /Acknowledge/ }).click();
  await expect(officer.getByText(policeActionText).locator('xpath=ancestor::li[1]')).toContainText('Acknowledged by Priya Shah');
  await expect(policeReferral.urgentUpdates().filter({ hasText: policeActionText })).toHaveCount(0);
  await saveScreenshot(officer, testInfo, 'police-urgent-acknowledged');
  await policeReferral.action('Issue a victim link');
  const link = await (await PoliceVictimLinkPage.verifyOnPage(officer)).issue();
  expect(link.url.startsWith(`${VICTIM_STATUS_URL}#t=`)).toBe(true);
  expect(link.code).toMatch(/^\d{6}$/);

  // 6. The victim opens the link on a phone, enters the code and sees where things stand.
  const victim = await personPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await stubNeutralSite(victim.context());
  const status = await VictimStatusPage.open(victim, link.url);
  await expect(victim).toHaveTitle('Lantern');
  await expect(status.exitButton()).toBeVisible();
  await expect(status.emergencyAdvice()).toBeVisible();
  await expectNoSeriousA11yViolations(victim, testInfo, 'victim-access-code');
  await saveScreenshot(victim, testInfo, 'victim-access-code');
  await status.enterCode(link.code === '000000' ? '111111' : '000000');
  expect(await status.errorMessages()).toEqual([
    'The access code is not right. Check the code you were given and try again. You have 4 tries left.',
  ]);
  await status.enterCode(link.code);
  await expect(status.heading).toHaveText(`Sam from ${EASTSHIRE_ADVOCACY} is supporting you`);
  expect(victim.url()).toBe(VICTIM_STATUS_URL);
  await expect(status.whoIsSupporting()).toContainText('Sam');
  await expect(status.whoIsSupporting()).toContainText(EASTSHIRE_ADVOCACY);
  await expect(status.updates()).toHaveCount(1);
  await expect(status.updates().first()).toContainText(sharedUpdate);
  await expect(victim.getByText(policeActionText)).toHaveCount(0);
  await expect(victim.locator('body')).not.toContainText(referral.crimeReference);
  await expect(status.emergencyAdvice()).toBeVisible();
  await expectNoHorizontalScroll(victim, 'victim-status');
  await expectNoSeriousA11yViolations(victim, testInfo, 'victim-status');
  await saveScreenshot(victim, testInfo, 'victim-status');

  // The session survives a reload (the token is gone from the address bar by now).
  await victim.reload();
  await expect(status.heading).toHaveText(`Sam from ${EASTSHIRE_ADVOCACY} is supporting you`);

  // 7. Quick exit replaces the page with a neutral site: Back does not return, and the session is over.
  await status.quickExit();
  await expect(victim).toHaveURL(NEUTRAL_SITE);
  await victim.goBack();
  await expect(victim).not.toHaveURL(/status\.html/);
  const again = await victim.context().newPage();
  await again.goto(VICTIM_STATUS_URL);
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('Open the link you were sent');
  await expectNoSeriousA11yViolations(again, testInfo, 'victim-no-link');

  // The manager's view has moved on too: in contact, with the contact attempts and updates.
  await manager.reload();
  await expect(managerCase.status()).toHaveText('In contact');
});
