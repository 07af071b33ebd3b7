import { expect, type Locator, type Page } from '@playwright/test';
import { PolicePage } from './police-page';

/** A referral's overview (and its "Details" and "Timeline" tabs). */
export class PoliceReferralPage extends PolicePage {
  constructor(page: Page, reference: string) {
    super(page, new RegExp(reference));
  }

  static verifyOnPage(page: Page, reference: string): Promise<PoliceReferralPage> {
    return new PoliceReferralPage(page, reference).verify();
  }

  status(): Locator {
    return this.heading.locator('.govuk-tag');
  }

  async tab(name: 'Overview' | 'Details' | 'Timeline'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Referral' }).getByRole('link', { name }).click();
    await expect(this.page.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  }

  /** The links under "Actions": only what the API allows for this viewer. */
  async actions(): Promise<string[]> {
    const nav = this.page.getByRole('navigation', { name: 'Actions' });
    if ((await nav.count()) === 0) return [];
    return (await nav.getByRole('link').allInnerTexts()).map((text) => text.trim());
  }

  async action(name: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Actions' }).getByRole('link', { name }).click();
  }

  urgentUpdates(): Locator {
    return this.page.locator('section[aria-labelledby="urgent-heading"] li');
  }

  timelineEntries(): Locator {
    return this.page.locator('.moj-timeline__item');
  }

  successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success');
  }
}
