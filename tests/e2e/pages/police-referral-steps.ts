import { expect, type Page } from '@playwright/test';
import { PolicePage } from './police-page';

/** A question page of "new referral": all share the "Save and continue" button. */
abstract class StepPage extends PolicePage {
  async saveAndContinue(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save and continue' }).click();
  }

  protected group(name: string | RegExp) {
    return this.page.getByRole('group', { name });
  }

  protected async fillDate(group: string | RegExp, date: { day: string; month: string; year: string }): Promise<void> {
    const fields = this.group(group);
    await fields.getByLabel('Day').fill(date.day);
    await fields.getByLabel('Month').fill(date.month);
    await fields.getByLabel('Year').fill(date.year);
  }
}

export interface CrimeAnswers {
  crimeReference: string;
  reported: { day: string; month: string; year: string };
  time?: string;
  offences: string[];
  indicators: string[];
  relationship: string;
  circumstances?: string;
}

export class PoliceCrimeStep extends StepPage {
  constructor(page: Page) {
    super(page, 'Crime and stalking behaviour');
  }

  static verifyOnPage(page: Page): Promise<PoliceCrimeStep> {
    return new PoliceCrimeStep(page).verify();
  }

  async fill(answers: CrimeAnswers): Promise<void> {
    await this.page.getByLabel('Crime reference').fill(answers.crimeReference);
    await this.fillDate('When was the crime reported?', answers.reported);
    if (answers.time) await this.page.getByLabel('Time reported (optional)').fill(answers.time);
    for (const offence of answers.offences) await this.group('Which offences have been recorded?').getByLabel(offence).check();
    for (const indicator of answers.indicators) await this.group('Which FOUR indicators are present?').getByLabel(indicator, { exact: true }).check();
    await this.group("What is the suspect's relationship to the victim?").getByLabel(answers.relationship).check();
    if (answers.circumstances) await this.page.getByLabel('What has happened? (optional)').fill(answers.circumstances);
  }
}

export interface VictimAnswers {
  firstName: string;
  lastName: string;
  area: string;
  method: 'Phone call' | 'Text message' | 'Email';
  phone?: string;
  voicemailSafe?: boolean;
  email?: string;
  safeTimes: string;
  safeToSpeakTo?: string;
  notSafeToSpeakTo?: string;
  language?: string;
  interpreter: boolean;
  accessibilityNeeds?: string;
}

export class PoliceVictimStep extends StepPage {
  constructor(page: Page) {
    super(page, 'Victim and safe contact');
  }

  static verifyOnPage(page: Page): Promise<PoliceVictimStep> {
    return new PoliceVictimStep(page).verify();
  }

  async fill(answers: VictimAnswers): Promise<void> {
    await this.page.getByLabel('First name').fill(answers.firstName);
    await this.page.getByLabel('Last name').fill(answers.lastName);
    await this.page.getByLabel('Area where the victim lives').selectOption(answers.area);
    await this.group('What is the safest way to contact the victim?').getByLabel(answers.method).check();
    if (answers.phone !== undefined) await this.page.getByLabel(/^Safe phone number/).fill(answers.phone);
    if (answers.voicemailSafe !== undefined) {
      await this.group('Is it safe to leave a voicemail on this number?').getByLabel(answers.voicemailSafe ? 'Yes' : 'No').check();
    }
    if (answers.email !== undefined) await this.page.getByLabel(/^Safe e-mail address/).fill(answers.email);
    await this.page.getByLabel('When is it safe to make contact?').fill(answers.safeTimes);
    if (answers.safeToSpeakTo) await this.page.getByLabel(/Who is it safe to speak to/).fill(answers.safeToSpeakTo);
    if (answers.notSafeToSpeakTo) await this.page.getByLabel(/Who must not be told/).fill(answers.notSafeToSpeakTo);
    if (answers.language) await this.page.getByLabel(/Which language/).fill(answers.language);
    await this.group('Does the victim need an interpreter?').getByLabel(answers.interpreter ? 'Yes' : 'No').check();
    if (answers.accessibilityNeeds) await this.page.getByLabel(/accessibility needs/).fill(answers.accessibilityNeeds);
  }
}

export class PoliceRiskStep extends StepPage {
  constructor(page: Page) {
    super(page, 'Stalking risk screening (S-DASH)');
  }

  static verifyOnPage(page: Page): Promise<PoliceRiskStep> {
    return new PoliceRiskStep(page).verify();
  }

  /** Answers the 11 questions in order ('Yes' | 'No' | 'Not known'), with an optional note each. */
  async answer(answers: Array<'Yes' | 'No' | 'Not known'>, notes: Record<number, string> = {}): Promise<void> {
    const questions = this.page.getByRole('group', { name: /^\d+\. / });
    await expect(questions).toHaveCount(11);
    for (const [index, answer] of answers.entries()) {
      await questions.nth(index).getByLabel(answer, { exact: true }).check();
      if (notes[index + 1]) await this.page.getByLabel(`Notes on question ${index + 1} (optional)`).fill(notes[index + 1]);
    }
  }

  yesCount() {
    return this.page.getByText(/Questions answered yes:/);
  }

  async riskLevel(level: 'Standard' | 'Medium' | 'High', reason?: string): Promise<void> {
    await this.group('What is the risk level, in your professional judgement?').getByLabel(level).check();
    if (reason) await this.page.getByLabel('Why have you chosen this risk level? (optional)').fill(reason);
  }

  async dash(ticks: number | null): Promise<void> {
    const group = this.group('Was a DASH risk assessment completed?');
    if (ticks === null) {
      await group.getByRole('radio', { name: 'No' }).check();
      return;
    }
    await group.getByRole('radio', { name: 'Yes' }).check();
    await this.page.getByLabel('How many DASH questions were ticked?').fill(String(ticks));
  }

  maracPrompt() {
    return this.page.getByText(/refer the case to MARAC/);
  }

  async noSpecialistAssessment(): Promise<void> {
    await this.group(/specialist stalking risk assessment/).getByRole('radio', { name: 'No' }).check();
  }
}

export class PoliceConsentStep extends StepPage {
  constructor(page: Page) {
    super(page, 'Consent to the referral');
  }

  static verifyOnPage(page: Page): Promise<PoliceConsentStep> {
    return new PoliceConsentStep(page).verify();
  }

  async consentGiven(answers: { givenBy: string; on: { day: string; month: string; year: string }; method: 'Verbal' | 'Written'; told: string; service: string; purposes: string[] }): Promise<void> {
    await this.page.getByLabel('Yes, the victim has agreed').check();
    await this.page.getByLabel('Who gave consent?').fill(answers.givenBy);
    await this.fillDate('When was consent given?', answers.on);
    await this.group('How was consent given?').getByLabel(answers.method).check();
    await this.page.getByLabel('What was the victim told about the referral?').fill(answers.told);
    await this.group('Which service did the victim agree to be referred to?').getByLabel(answers.service).check();
    for (const purpose of answers.purposes) await this.group(/What did the victim agree/).getByLabel(purpose).check();
  }

  async noConsent(answers: { reason: string; basis: string; victimAware: boolean }): Promise<void> {
    await this.page.getByLabel('No, refer without consent for safeguarding reasons').check();
    await this.page.getByLabel("Why should the referral be made without the victim's consent?").fill(answers.reason);
    await this.page.getByLabel('What is the safeguarding basis for sharing their information?').fill(answers.basis);
    await this.group('Does the victim know about the referral?').getByLabel(answers.victimAware ? 'Yes' : 'No').check();
  }
}

export class PoliceOrderStep extends StepPage {
  constructor(page: Page) {
    super(page, 'Stalking Protection Order');
  }

  static verifyOnPage(page: Page): Promise<PoliceOrderStep> {
    return new PoliceOrderStep(page).verify();
  }

  async notYetConsidered(why?: string): Promise<void> {
    await this.page.getByRole('radio', { name: 'Not yet' }).check();
    if (why) await this.page.getByLabel('Why not yet? (optional)').fill(why);
  }

  async considered(decision: string, reasons: string): Promise<void> {
    await this.group('Has a Stalking Protection Order been considered?').getByRole('radio', { name: 'Yes', exact: true }).check();
    await this.group('What was decided?').getByLabel(decision).check();
    await this.page.getByLabel('Why was this decided?').fill(reasons);
  }
}

export class PoliceServiceStep extends StepPage {
  constructor(page: Page) {
    super(page, 'Choose a service');
  }

  static verifyOnPage(page: Page): Promise<PoliceServiceStep> {
    return new PoliceServiceStep(page).verify();
  }

  async choose(service: string): Promise<void> {
    await this.page.getByRole('radio', { name: service }).check();
  }
}

export class PoliceCheckAnswersPage extends PolicePage {
  constructor(page: Page) {
    super(page, 'Check your answers before sending the referral');
  }

  static verifyOnPage(page: Page): Promise<PoliceCheckAnswersPage> {
    return new PoliceCheckAnswersPage(page).verify();
  }

  /** The value shown for a row ("Crime reference") inside a section card ("Crime and stalking behaviour"). */
  value(section: string, key: string) {
    return this.page
      .locator('.govuk-summary-card')
      .filter({ has: this.page.getByRole('heading', { name: section }) })
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('dt', { hasText: key }) })
      .locator('dd.govuk-summary-list__value');
  }

  async change(what: string): Promise<void> {
    await this.page.getByRole('link', { name: `Change ${what}`, exact: true }).click();
  }

  async send(): Promise<void> {
    await this.page.getByRole('button', { name: 'Send referral' }).click();
  }
}

export class PoliceReferralSentPage extends PolicePage {
  constructor(page: Page) {
    super(page, 'Referral sent');
  }

  static verifyOnPage(page: Page): Promise<PoliceReferralSentPage> {
    return new PoliceReferralSentPage(page).verify();
  }

  async reference(): Promise<string> {
    const text = await this.page.locator('.govuk-panel__body strong').innerText();
    return text.trim();
  }
}
