import { expect, type Locator, type Page } from '@playwright/test';
import { PartnerPage } from './partner-page';

type Tab = 'Overview' | 'Referral details' | 'Contact and updates' | 'Timeline';

/** A case: its overview and the "Referral details", "Contact and updates" and "Timeline" tabs. */
export class PartnerCasePage extends PartnerPage {
  constructor(page: Page, victimName: string) {
    super(page, victimName);
  }

  static verifyOnPage(page: Page, victimName: string): Promise<PartnerCasePage> {
    return new PartnerCasePage(page, victimName).verify();
  }

  status(): Locator {
    return this.page.locator('.lantern-case-header__tags .govuk-tag').first();
  }

  async tab(name: Tab): Promise<void> {
    const nav = this.page.getByRole('navigation', { name: 'Referral sections' });
    await nav.getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await expect(nav.getByRole('link', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-current', 'page');
  }

  /** The action buttons: only what the API allows this person to do. */
  async actions(): Promise<string[]> {
    const region = this.page.getByRole('region', { name: 'Actions' });
    if ((await region.count()) === 0) return [];
    return (await region.getByRole('button').allInnerTexts()).map((text) => text.trim());
  }

  async action(name: string): Promise<void> {
    await this.page.getByRole('region', { name: 'Actions' }).getByRole('button', { name }).click();
  }

  /** "Before you contact <first name>": the safe contact answers. */
  safeContact(): Locator {
    return this.page.getByRole('region', { name: /^Before you contact/ });
  }

  keyFact(key: string): Locator {
    return this.page.locator('.govuk-summary-list__row').filter({ has: this.page.locator('dt', { hasText: key }) }).locator('dd');
  }

  contactAttempts(): Locator {
    return this.page.getByRole('region', { name: 'Contact attempts' }).getByRole('row');
  }

  safeguardingUpdates(): Locator {
    return this.page.locator('article.lantern-update');
  }

  timelineEntries(): Locator {
    return this.page.locator('.moj-timeline__item');
  }

  consentWithdrawnBanner(): Locator {
    return this.page.getByRole('region', { name: 'Consent withdrawn' });
  }
}
