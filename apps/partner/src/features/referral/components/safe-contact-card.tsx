import type { ReactNode } from 'react';
import { CONTACT_METHODS } from '@lantern/schema/vocabularies';
import { InsetText } from '@lantern/ui/inset-text';
import { WarningText } from '@lantern/ui/warning-text';
import { withheldNotice, type CaseReferral } from '../use-referral-case';

function yesNo(value: boolean | null | undefined, unknown = 'Not recorded'): string {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  return unknown;
}

/**
 * How to reach the victim safely, with the answers that matter before a call impossible to miss: whether it
 * is safe to call and when, whether a voicemail may be left, and who is and is not safe to speak to. Once the
 * data-sharing policy no longer shares them (after a decline, closure, withdrawal or withdrawal of consent), the
 * API's sentence saying so.
 */
export function SafeContactCard({
  referral,
  headingLevel = 2,
  title,
}: {
  referral: CaseReferral;
  headingLevel?: 2 | 3;
  /** Defaults to "Before you contact <first name>". */
  title?: string;
}) {
  const { victim } = referral;
  const contact = victim.safeContact;
  const Heading = `h${headingLevel}` as const;
  const name = victim.firstName ?? victim.fullName;
  if (!contact) {
    return (
      <section className="lantern-safe-contact" aria-labelledby="safe-contact-heading">
        <Heading className="govuk-heading-m" id="safe-contact-heading">
          Contact details
        </Heading>
        <InsetText>{withheldNotice(referral, 'VICTIM_SAFE_CONTACT') ?? "The victim's contact details are not shared with your service."}</InsetText>
      </section>
    );
  }
  return (
    <section className="lantern-safe-contact" aria-labelledby="safe-contact-heading">
      <Heading className="govuk-heading-m" id="safe-contact-heading">
        {title ?? `Before you contact ${name}`}
      </Heading>
      {contact.voicemailSafe !== true && (
        <WarningText>
          {contact.voicemailSafe === false ? 'Do not leave a voicemail.' : 'Voicemail safety was not recorded: do not leave a voicemail.'}
        </WarningText>
      )}
      {contact.notSafeToSpeakTo && <WarningText>{`Not safe to speak to: ${contact.notSafeToSpeakTo}`}</WarningText>}
      {contact.safeTimes && <WarningText>{`Only contact at these times: ${contact.safeTimes}`}</WarningText>}
      <dl className="govuk-summary-list govuk-!-margin-bottom-0">
        <Row label="Safe phone number">
          {contact.phone ? (
            <a className="govuk-link lantern-break-words" href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>
              {contact.phone}
            </a>
          ) : (
            'None given'
          )}
        </Row>
        <Row label="Safe email address">
          {contact.email ? <span className="lantern-break-words">{contact.email}</span> : 'None given'}
        </Row>
        <Row label="Preferred way to be contacted">{contact.preferredMethod ? CONTACT_METHODS.labels[contact.preferredMethod] : 'Not recorded'}</Row>
        <Row label="Safe to leave a voicemail">{yesNo(contact.voicemailSafe)}</Row>
        <Row label="Safe times to contact">{contact.safeTimes ?? 'Not recorded'}</Row>
        <Row label="Safe to speak to">{contact.safeToSpeakTo ?? 'Not recorded'}</Row>
        <Row label="Not safe to speak to">{contact.notSafeToSpeakTo ?? 'Not recorded'}</Row>
        <Row label="Language">
          {victim.language ?? 'Not recorded'}
          {victim.interpreterNeeded ? ' (interpreter needed)' : ''}
        </Row>
        {victim.accessibilityNeeds && <Row label="Accessibility needs">{victim.accessibilityNeeds}</Row>}
      </dl>
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value lantern-pre-line">{children}</dd>
    </div>
  );
}
