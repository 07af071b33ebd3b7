import type { Locator } from '@playwright/test';
import { PARTNER_URL } from '../support/urls';
import { LanternPage } from './lantern-page';

/** Base of the partner app's page objects. */
export abstract class PartnerPage extends LanternPage {
  successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success');
  }
}

/** A path of the partner app as a full URL (the e2e base URL is the police app's). */
export function partnerUrl(path: string): string {
  return `${PARTNER_URL}${path}`;
}
