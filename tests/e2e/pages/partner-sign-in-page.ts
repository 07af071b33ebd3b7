import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, USERS, type DemoUser } from '../support/users';
import { PartnerPage, partnerUrl } from './partner-page';

export class PartnerSignInPage extends PartnerPage {
  constructor(page: Page) {
    super(page, 'Sign in');
  }

  static async goto(page: Page): Promise<PartnerSignInPage> {
    await page.goto(partnerUrl('/sign-in'));
    return PartnerSignInPage.verifyOnPage(page);
  }

  static verifyOnPage(page: Page): Promise<PartnerSignInPage> {
    return new PartnerSignInPage(page).verify();
  }

  async signInAs(user: DemoUser, password = DEMO_PASSWORD): Promise<void> {
    await this.page.getByLabel('Email address').fill(USERS[user]);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
}
