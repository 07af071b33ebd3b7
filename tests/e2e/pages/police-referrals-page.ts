import { expect, type Locator, type Page } from '@playwright/test';
import { PolicePage } from './police-page';

/** Home: "My referrals", or for supervisors "Force referrals". */
export class PoliceReferralsPage extends PolicePage {
  constructor(page: Page, title: 'My referrals' | 'Force referrals' = 'My referrals') {
    super(page, title);
  }

  static verifyOnPage(page: Page, title: 'My referrals' | 'Force referrals' = 'My referrals'): Promise<PoliceReferralsPage> {
    return new PoliceReferralsPage(page, title).verify();
  }

  static async goto(page: Page, title: 'My referrals' | 'Force referrals' = 'My referrals'): Promise<PoliceReferralsPage> {
    await page.goto(title === 'My referrals' ? '/' : '/force-referrals');
    return PoliceReferralsPage.verifyOnPage(page, title);
  }

  get table(): Locator {
    return this.page.getByRole('table');
  }

  /** Filters the list by reference, crime reference or victim's name. */
  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search' }).fill(text);
    await this.page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(this.page.getByRole('button', { name: /Remove this filter/ }).first()).toBeVisible();
  }

  row(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }

  async open(reference: string): Promise<void> {
    await this.table.getByRole('link', { name: reference }).click();
  }

  async startNewReferral(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start a new referral' }).click();
  }
}
