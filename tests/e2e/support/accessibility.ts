import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** The WCAG 2.2 AA rule sets axe knows. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page as it is now and fails on any serious or critical violation. The full result is
 * attached to the test report as `axe-<screen>.json`.
 */
export async function expectNoSeriousA11yViolations(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const file = testInfo.outputPath(`axe-${screen}.json`);
  writeFileSync(file, JSON.stringify(results.violations, null, 2));
  await testInfo.attach(`axe-${screen}.json`, { path: file, contentType: 'application/json' });
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  expect(serious, `axe found serious or critical problems on "${screen}"`).toEqual([]);
}

/** Fails when the page is wider than the window (content that needs scrolling sideways at 320px). */
export async function expectNoHorizontalScroll(page: Page, screen: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `"${screen}" scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}
