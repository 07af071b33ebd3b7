import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** Where Quick exit sends the victim (a neutral site). Tests answer it locally: nothing leaves the machine. */
export const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';

/** Answers requests to the neutral site with a tiny local page, so Quick exit can be followed offline. */
export async function stubNeutralSite(context: BrowserContext): Promise<void> {
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>Weather</title><h1>Weather</h1></html>' }),
  );
}

/** The victim's status page (the partner app's status.html), opened from a victim link. */
export class VictimStatusPage {
  readonly heading: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.errorSummary = page.locator('.govuk-error-summary');
  }

  /** Opens the link as the victim would, from the message they were sent. */
  static async open(page: Page, url: string): Promise<VictimStatusPage> {
    await page.goto(url);
    const status = new VictimStatusPage(page);
    await expect(status.codeInput()).toBeVisible();
    return status;
  }

  codeInput(): Locator {
    return this.page.getByLabel('Enter your access code');
  }

  async enterCode(code: string): Promise<void> {
    await this.codeInput().fill(code);
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  async errorMessages(): Promise<string[]> {
    await expect(this.errorSummary).toBeVisible();
    return (await this.errorSummary.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
  }

  exitButton(): Locator {
    return this.page.getByRole('button', { name: 'Emergency Exit this page' });
  }

  /** Leaves with the "Exit this page" button. */
  async quickExit(): Promise<void> {
    await this.exitButton().click();
    await this.page.waitForURL(NEUTRAL_SITE);
  }

  whoIsSupporting(): Locator {
    return this.page.getByRole('region', { name: 'Who is supporting you' });
  }

  updates(): Locator {
    return this.page.locator('.lantern-updates__item');
  }

  emergencyAdvice(): Locator {
    return this.page.getByText('If you are in immediate danger call 999');
  }
}
