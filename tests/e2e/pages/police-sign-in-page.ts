import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, USERS, type DemoUser } from '../support/users';
import { PolicePage } from './police-page';

export class PoliceSignInPage extends PolicePage {
  constructor(page: Page) {
    super(page, 'Sign in to Lantern');
  }

  static async goto(page: Page): Promise<PoliceSignInPage> {
    await page.goto('/sign-in');
    return PoliceSignInPage.verifyOnPage(page);
  }

  static verifyOnPage(page: Page): Promise<PoliceSignInPage> {
    return new PoliceSignInPage(page).verify();
  }

  async signInAs(user: DemoUser, password = DEMO_PASSWORD): Promise<void> {
    await this.page.getByLabel('E-mail address').fill(USERS[user]);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
}
