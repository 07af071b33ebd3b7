import { expect, type Locator, type Page } from '@playwright/test';
import { PartnerPage, partnerUrl } from './partner-page';

type ListTitle = 'New referrals' | 'All referrals' | 'My caseload';
const PATHS: Record<ListTitle, string> = { 'New referrals': '/inbox', 'All referrals': '/referrals', 'My caseload': '/caseload' };

/** The manager's inbox ("New referrals"), "All referrals", and the advocate's "My caseload". */
export class PartnerListPage extends PartnerPage {
  constructor(
    page: Page,
    readonly title: ListTitle,
  ) {
    super(page, title);
  }

  static verifyOnPage(page: Page, title: ListTitle): Promise<PartnerListPage> {
    return new PartnerListPage(page, title).verify();
  }

  static async goto(page: Page, title: ListTitle): Promise<PartnerListPage> {
    await page.goto(partnerUrl(PATHS[title]));
    return PartnerListPage.verifyOnPage(page, title);
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: this.title });
  }

  /** Searches by referral number, crime reference or victim's name (lists with a filter panel). */
  async search(text: string): Promise<void> {
    // Below desktop width the filter panel is folded away behind "Show filter".
    const show = this.page.getByRole('button', { name: 'Show filter', exact: true });
    if (await show.isVisible()) await show.click();
    await this.page.getByLabel('Search').fill(text);
    await this.page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(this.page.getByRole('button', { name: new RegExp(`Remove this filter\\s+${text}`) })).toBeVisible();
  }

  row(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }

  async open(text: string): Promise<void> {
    await this.row(text).getByRole('link').click();
  }
}
