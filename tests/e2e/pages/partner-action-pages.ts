import { expect, type Page } from '@playwright/test';
import { PartnerPage } from './partner-page';

/** "Decline referral": a reason from the list and a note for the officer. */
export class PartnerDeclinePage extends PartnerPage {
  constructor(page: Page) {
    super(page, 'Decline referral');
  }

  static verifyOnPage(page: Page): Promise<PartnerDeclinePage> {
    return new PartnerDeclinePage(page).verify();
  }

  async decline(reason: string, note: string): Promise<void> {
    await this.page.getByLabel(reason).check();
    await this.page.getByLabel('Note for the officer in the case').fill(note);
    await this.submit();
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Decline referral' }).click();
  }
}

/** "Allocate to an advocate" or "Reallocate referral". */
export class PartnerAllocatePage extends PartnerPage {
  constructor(page: Page, title: 'Allocate to an advocate' | 'Reallocate referral' = 'Allocate to an advocate') {
    super(page, title);
  }

  static verifyOnPage(page: Page, title?: 'Allocate to an advocate' | 'Reallocate referral'): Promise<PartnerAllocatePage> {
    return new PartnerAllocatePage(page, title).verify();
  }

  /** The advocate's choice with its hint ("3 open cases"). */
  choice(name: string) {
    return this.page.locator('.govuk-radios__item').filter({ hasText: name });
  }

  async allocateTo(name: string): Promise<void> {
    await this.page.getByRole('radio', { name }).check();
    await this.page.getByRole('button', { name: /^(Allocate|Reallocate)$/ }).click();
  }
}

/** "Record a contact attempt". */
export class PartnerContactAttemptPage extends PartnerPage {
  constructor(page: Page) {
    super(page, 'Record a contact attempt');
  }

  static verifyOnPage(page: Page): Promise<PartnerContactAttemptPage> {
    return new PartnerContactAttemptPage(page).verify();
  }

  async record(outcome: 'No answer' | 'Unsafe to talk' | 'Wrong number' | 'Contacted', note: string): Promise<void> {
    await this.page.getByRole('radio', { name: outcome }).check();
    await this.page.getByLabel('Note (optional)').fill(note);
    await this.page.getByRole('button', { name: 'Save contact attempt' }).click();
  }
}

export interface UpdateAnswers {
  kind: string;
  text: string;
  risk: 'No change' | 'Now high risk' | 'Now medium risk' | 'Now standard risk';
  needsPoliceAction: boolean;
  visibleToVictim: boolean;
}

/** "Post a safeguarding update". */
export class PartnerSafeguardingUpdatePage extends PartnerPage {
  constructor(page: Page) {
    super(page, 'Post a safeguarding update');
  }

  static verifyOnPage(page: Page): Promise<PartnerSafeguardingUpdatePage> {
    return new PartnerSafeguardingUpdatePage(page).verify();
  }

  async fill(answers: UpdateAnswers): Promise<void> {
    await this.page.getByRole('radio', { name: answers.kind, exact: true }).check();
    await this.page.getByLabel('Update', { exact: true }).fill(answers.text);
    await this.page.getByRole('radio', { name: answers.risk }).check();
    const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
    await this.page.getByRole('group', { name: 'Do the police need to take action?' }).getByLabel(yesNo(answers.needsPoliceAction)).check();
    await this.page.getByRole('group', { name: /Should the victim see this update/ }).getByLabel(yesNo(answers.visibleToVictim)).check();
  }

  async post(): Promise<void> {
    await this.page.getByRole('button', { name: 'Post update' }).click();
  }
}

/** "Close referral". */
export class PartnerClosePage extends PartnerPage {
  constructor(page: Page) {
    super(page, 'Close referral');
  }

  static verifyOnPage(page: Page): Promise<PartnerClosePage> {
    return new PartnerClosePage(page).verify();
  }

  async close(outcome: string, reason: string): Promise<void> {
    await this.page.getByRole('radio', { name: outcome }).check();
    await this.page.getByLabel('Reason for closing').fill(reason);
    await this.page.getByRole('button', { name: 'Close referral' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Close referral' })).toBeHidden();
  }
}
