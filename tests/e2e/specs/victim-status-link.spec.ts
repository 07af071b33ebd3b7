import { expect, test } from '@playwright/test';
import { VictimStatusPage, stubNeutralSite } from '../pages/victim-status-page';
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from '../support/accessibility';
import { LanternApi } from '../support/api';
import { EASTSHIRE_ADVOCACY, makeReferral } from '../support/referral-fixtures';
import { saveScreenshot } from '../support/screenshots';
import { VICTIM_STATUS_URL } from '../support/urls';

interface IssuedLink {
  url: string;
  accessCode: string;
}
interface LinkSummary {
  state: string;
  failedAttempts: number;
  lastOpenedAt: string | null;
}

/** The officer issues a victim link through the API (the police app's own screens are covered by its specs). */
async function issueLink(referralId: string): Promise<IssuedLink> {
  const officer = await LanternApi.signIn('eastshireOfficer');
  try {
    const data = await officer.graphql<{ issueVictimLink: IssuedLink }>(
      'mutation ($input: IssueVictimLinkInput!) { issueVictimLink(input: $input) { url accessCode } }',
      { input: { referralId } },
    );
    return data.issueVictimLink;
  } finally {
    await officer.dispose();
  }
}

/** What the officer sees of the link: its state and how many wrong codes were tried. */
async function linkSummary(referralId: string): Promise<LinkSummary> {
  const officer = await LanternApi.signIn('eastshireOfficer');
  try {
    const data = await officer.graphql<{ referral: { victimLink: LinkSummary } }>(
      'query ($id: ID!) { referral(id: $id) { victimLink { state failedAttempts lastOpenedAt } } }',
      { id: referralId },
    );
    return data.referral.victimLink;
  } finally {
    await officer.dispose();
  }
}

/** A wrong code for `code` (another six digits). */
const wrongCode = (code: string, n: number) => String((Number(code) + 1000 * (n + 1)) % 1_000_000).padStart(6, '0');

test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

test('a link-preview bot that fetches the link gets an empty shell, private headers, and uses nothing up', async ({ request: bot }, testInfo) => {
  const referral = await makeReferral();
  const link = await issueLink(referral.id);
  expect(link.url.startsWith(`${VICTIM_STATUS_URL}#t=`)).toBe(true);

  // A bot fetches the URL: the fragment (the token) is never sent, and no script runs.
  const response = await bot.get(link.url);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(response.headers()['referrer-policy']).toBe('no-referrer');
  const html = await response.text();
  expect(html).toContain('<title>Lantern</title>');
  expect(html).not.toContain(EASTSHIRE_ADVOCACY);
  expect(html).not.toMatch(/stalking|support service|access code/i);
  await testInfo.attach('status-shell.html', { body: html, contentType: 'text/html' });

  // Nothing was consumed: the link is untouched and still opens with the right code.
  expect(await linkSummary(referral.id)).toEqual({ state: 'ACTIVE', failedAttempts: 0, lastOpenedAt: null });
});

test('the victim is told calmly how many tries are left, and five wrong codes lock the link for good', async ({ page }, testInfo) => {
  const referral = await makeReferral();
  const link = await issueLink(referral.id);
  await stubNeutralSite(page.context());
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));

  const status = await VictimStatusPage.open(page, link.url);
  await expectNoHorizontalScroll(page, 'victim-access-code-320');

  // An empty or malformed code is caught on the page and never sent.
  await status.enterCode('');
  expect(await status.errorMessages()).toEqual(['Enter your access code']);
  await expect(page).toHaveTitle('Error: Lantern');
  await status.enterCode('12ab');
  expect(await status.errorMessages()).toEqual(['The access code must only include numbers 0 to 9']);
  expect(await linkSummary(referral.id)).toMatchObject({ failedAttempts: 0 });

  for (const [attempt, left] of [[1, '4 tries'], [2, '3 tries'], [3, '2 tries'], [4, '1 try']] as const) {
    await status.enterCode(wrongCode(link.accessCode, attempt));
    await expect(status.errorSummary).toContainText(`You have ${left} left.`);
    await expect(status.codeInput()).toHaveValue(wrongCode(link.accessCode, attempt));
  }
  await expectNoSeriousA11yViolations(page, testInfo, 'victim-wrong-code');
  await saveScreenshot(page, testInfo, 'victim-wrong-code');

  await status.enterCode(wrongCode(link.accessCode, 5));
  await expect(status.heading).toHaveText('This link has been locked');
  await expect(page.getByText('contact the police officer dealing with your case')).toBeVisible();
  await expect(status.codeInput()).toHaveCount(0);
  expect(page.url()).toBe(VICTIM_STATUS_URL);
  await expectNoSeriousA11yViolations(page, testInfo, 'victim-locked');
  await saveScreenshot(page, testInfo, 'victim-locked');
  expect(await linkSummary(referral.id)).toMatchObject({ state: 'LOCKED', failedAttempts: 5, lastOpenedAt: null });

  // The right code no longer opens it.
  const again = await VictimStatusPage.open(page, link.url);
  await again.enterCode(link.accessCode);
  await expect(again.heading).toHaveText('This link has been locked');

  // Every request stayed on the partner app's own origin: no third parties.
  expect(requests.filter((url) => !url.startsWith(new URL(VICTIM_STATUS_URL).origin))).toEqual([]);
});

test('a revoked link and a made-up link look the same: they do not work', async ({ page }, testInfo) => {
  const referral = await makeReferral();
  const link = await issueLink(referral.id);
  await issueLink(referral.id); // reissuing kills the first link

  const status = await VictimStatusPage.open(page, link.url);
  await status.enterCode(link.accessCode);
  await expect(status.heading).toHaveText('This link does not work');
  await expectNoSeriousA11yViolations(page, testInfo, 'victim-link-not-working');
  await saveScreenshot(page, testInfo, 'victim-link-not-working');

  const madeUp = await VictimStatusPage.open(page, `${VICTIM_STATUS_URL}#t=${'A'.repeat(43)}`);
  await madeUp.enterCode('123456');
  await expect(madeUp.heading).toHaveText('This link does not work');
});

test('Quick exit works from the keyboard on the access code screen, and Back does not return', async ({ page }) => {
  const referral = await makeReferral();
  const link = await issueLink(referral.id);
  await stubNeutralSite(page.context());
  const status = await VictimStatusPage.open(page, link.url);
  await status.codeInput().focus();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL('https://www.bbc.co.uk/weather');
  await page.goBack();
  await expect(page).not.toHaveURL(/status\.html/);
});
