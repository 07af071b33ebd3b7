import type { Page } from '@playwright/test';
import { PolicePage } from './police-page';

/** "Record a breach of the order". */
export class PoliceBreachPage extends PolicePage {
  constructor(page: Page) {
    super(page, 'Record a breach of the order');
  }

  static verifyOnPage(page: Page): Promise<PoliceBreachPage> {
    return new PoliceBreachPage(page).verify();
  }

  async record(on: { day: string; month: string; year: string }, what: string): Promise<void> {
    const date = this.page.getByRole('group', { name: 'When did the breach happen?' });
    await date.getByLabel('Day').fill(on.day);
    await date.getByLabel('Month').fill(on.month);
    await date.getByLabel('Year').fill(on.year);
    await this.page.getByLabel('What happened?').fill(what);
    await this.page.getByRole('button', { name: 'Record breach' }).click();
  }
}

/** "Withdraw the referral". */
export class PoliceWithdrawPage extends PolicePage {
  constructor(page: Page) {
    super(page, 'Withdraw the referral');
  }

  static verifyOnPage(page: Page): Promise<PoliceWithdrawPage> {
    return new PoliceWithdrawPage(page).verify();
  }

  async withdraw(reason: string): Promise<void> {
    await this.page.getByLabel('Why is the referral being withdrawn?').fill(reason);
    await this.page.getByRole('button', { name: 'Withdraw referral' }).click();
  }
}

/** "Victim link": issue (shown once) or revoke. */
export class PoliceVictimLinkPage extends PolicePage {
  constructor(page: Page) {
    super(page, 'Victim link');
  }

  static verifyOnPage(page: Page): Promise<PoliceVictimLinkPage> {
    return new PoliceVictimLinkPage(page).verify();
  }

  async issue(): Promise<{ url: string; code: string }> {
    await this.page.getByRole('button', { name: /^Issue a (new )?link$/ }).click();
    const code = (await this.page.locator('.lantern-access-code').innerText()).trim();
    const url = (await this.page.locator('code').first().innerText()).trim();
    return { url, code };
  }

  async revoke(): Promise<void> {
    await this.page.getByRole('button', { name: 'Revoke the link' }).click();
  }
}
