import { formatDate } from '@lantern/ui/dates';
import { SummaryCard, SummaryList } from '@lantern/ui/summary-list';
import { CONTACT_METHODS } from '@lantern/schema/vocabularies';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import { orNone, yesNoLabel } from './labels';
import { Multiline } from './multiline';

/** The victim and their safe contact details. */
export function VictimSummary({ referral, changeHref, id }: { referral: ReferralFieldsFragment; changeHref?: string; id?: string }) {
  const { victim } = referral;
  // The police always see the contact details; the type allows null because a service may not.
  const contact: Partial<NonNullable<typeof victim.safeContact>> = victim.safeContact ?? {};
  const change = (what: string) => (changeHref ? [{ href: changeHref, text: 'Change', visuallyHiddenText: what }] : undefined);
  return (
    <SummaryCard title="Victim and safe contact" id={id}>
      <SummaryList
        rows={[
          { key: 'Name', value: victim.fullName, actions: change("victim's name") },
          { key: 'Date of birth', value: victim.dateOfBirth ? formatDate(victim.dateOfBirth) : 'Not given', actions: change('date of birth') },
          { key: 'Area', value: orNone(victim.area, 'Not given'), actions: change('area') },
          { key: 'Postcode', value: orNone(victim.postcode, 'Not given'), actions: change('postcode') },
          {
            key: 'Safest way to make contact',
            value: contact.preferredMethod ? CONTACT_METHODS.labels[contact.preferredMethod] : 'Not given',
            actions: change('safest way to make contact'),
          },
          { key: 'Safe phone number', value: <span className="lantern-break-words">{orNone(contact.phone, 'Not given')}</span>, actions: change('safe phone number') },
          { key: 'Safe to leave a voicemail', value: contact.phone ? yesNoLabel(contact.voicemailSafe) : 'No phone number', actions: change('whether it is safe to leave a voicemail') },
          { key: 'Safe e-mail address', value: <span className="lantern-break-words">{orNone(contact.email, 'Not given')}</span>, actions: change('safe e-mail address') },
          { key: 'Safe times to make contact', value: <Multiline text={contact.safeTimes} />, actions: change('safe times to make contact') },
          { key: 'Safe to speak to', value: <Multiline text={contact.safeToSpeakTo} />, actions: change('who is safe to speak to') },
          { key: 'Must not be told', value: <Multiline text={contact.notSafeToSpeakTo} />, actions: change('who must not be told') },
          { key: 'Language', value: orNone(victim.language, 'English'), actions: change('language') },
          { key: 'Interpreter needed', value: yesNoLabel(victim.interpreterNeeded), actions: change('whether an interpreter is needed') },
          { key: 'Accessibility needs', value: <Multiline text={victim.accessibilityNeeds} />, actions: change('accessibility needs') },
        ]}
      />
    </SummaryCard>
  );
}
