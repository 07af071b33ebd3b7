import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Base of every app's page objects. Each page object has a static `verifyOnPage(page)` that waits for the
 * page's heading and returns the object, so a spec reads as a journey and fails at the right screen.
 */
export abstract class LanternPage {
  readonly heading: Locator;
  readonly errorSummary: Locator;

  constructor(
    readonly page: Page,
    heading: string | RegExp,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: heading });
    this.errorSummary = page.locator('.govuk-error-summary');
  }

  /** Waits until this page is shown. */
  async verify(): Promise<this> {
    await expect(this.heading).toBeVisible();
    return this;
  }

  /** The signed-in person's name, organisation and role in the header. */
  get account(): Locator {
    return this.page.locator('.lantern-header__account');
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
  }

  /** The GOV.UK error summary's messages. */
  async errorMessages(): Promise<string[]> {
    await expect(this.errorSummary).toBeVisible();
    return (await this.errorSummary.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
  }
}
