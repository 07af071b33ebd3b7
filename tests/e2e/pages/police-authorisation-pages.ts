import type { Locator, Page } from '@playwright/test';
import { PolicePage } from './police-page';

/** A supervisor's queue of referrals waiting to be authorised without consent. */
export class PoliceAuthorisationQueuePage extends PolicePage {
  constructor(page: Page) {
    super(page, 'Referrals awaiting authorisation');
  }

  static verifyOnPage(page: Page): Promise<PoliceAuthorisationQueuePage> {
    return new PoliceAuthorisationQueuePage(page).verify();
  }

  static async goto(page: Page): Promise<PoliceAuthorisationQueuePage> {
    await page.goto('/authorisations');
    return PoliceAuthorisationQueuePage.verifyOnPage(page);
  }

  row(reference: string): Locator {
    return this.page.getByRole('row').filter({ hasText: reference });
  }

  async open(reference: string): Promise<void> {
    await this.page.getByRole('link', { name: reference }).click();
  }
}

/** The supervisor's decision on one referral. */
export class PoliceAuthorisationPage extends PolicePage {
  constructor(page: Page) {
    super(page, 'Authorise a referral without consent');
  }

  static verifyOnPage(page: Page): Promise<PoliceAuthorisationPage> {
    return new PoliceAuthorisationPage(page).verify();
  }

  async authorise(note?: string): Promise<void> {
    await this.page.getByLabel('Yes, authorise it').check();
    if (note) await this.page.getByLabel('Note for the officer (optional)').fill(note);
    await this.page.getByRole('button', { name: 'Save decision' }).click();
  }

  async refuse(reason: string): Promise<void> {
    await this.page.getByLabel('No, refuse').check();
    await this.page.getByLabel('Why do you refuse?').fill(reason);
    await this.page.getByRole('button', { name: 'Save decision' }).click();
  }
}
