import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus (keyboard-only use), failing after `maxPresses`. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `Tab never reached the element after ${maxPresses} presses`).toBeFocused();
}
