import type { Page, TestInfo } from '@playwright/test';

/**
 * Saves a full-page screenshot of a main screen as a test artifact: in the test's output folder under
 * test-results/ and attached to the HTML report. Screenshots hold demo data only.
 */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}
