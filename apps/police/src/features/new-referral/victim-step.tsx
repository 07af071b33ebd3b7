import { useMutation } from '@apollo/client/react';
import { DateInput } from '@lantern/ui/date-input';
import { Radios, YES_NO_ITEMS } from '@lantern/ui/radios';
import { Select } from '@lantern/ui/select';
import { Textarea } from '@lantern/ui/textarea';
import { TextInput } from '@lantern/ui/text-input';
import { CONTACT_METHODS } from '@lantern/schema/vocabularies';
import { UpdateReferralDocument, type ReferralFieldsFragment } from '../../gql/graphql';
import { useViewer } from '@lantern/client/viewer';
import { StepLayout } from './step-layout';
import { useStepForm } from './use-step-form';
import { VICTIM_FIELDS as F, validateVictim, victimValuesFrom, type VictimValues } from './victim-form';


const methodItems = CONTACT_METHODS.values.map((value) => ({ value, label: CONTACT_METHODS.labels[value] }));

/** Step 2: who the victim is and how to reach them safely. */
export function VictimStep({ referral }: { referral: ReferralFieldsFragment }) {
  const viewer = useViewer();
  const areas = viewer.organisation.areas;
  const [update] = useMutation(UpdateReferralDocument);
  const form = useStepForm({
    slug: 'victim',
    referral,
    initial: (): VictimValues => victimValuesFrom(referral),
    validate: (values: VictimValues) => validateVictim(values, areas),
    send: async (victim) => {
      await update({ variables: { input: { referralId: referral.id, expectedVersion: referral.version, victim } } });
    },
  });
  const { values, set, errors } = form;

  return (
    <StepLayout {...form.layout}>
      <h2 className="govuk-heading-m">The victim</h2>
      <TextInput id={F.firstName} label="First name" autoComplete="off" spellCheck={false} value={values.firstName} onChange={set('firstName')} error={errors.errorFor(F.firstName)} />
      <TextInput id={F.lastName} label="Last name" autoComplete="off" spellCheck={false} value={values.lastName} onChange={set('lastName')} error={errors.errorFor(F.lastName)} />
      <DateInput
        id={F.dateOfBirth}
        legend="Date of birth (optional)"
        hint="For example, 31 3 1990"
        value={values.dateOfBirth}
        onChange={set('dateOfBirth')}
        error={errors.errorFor(F.dateOfBirth)}
      />
      <Select
        id={F.area}
        label="Area where the victim lives"
        hint="Only services that cover this area can be chosen"
        options={[{ value: '', text: 'Choose an area' }, ...areas.map((area) => ({ value: area, text: area }))]}
        value={values.area}
        onChange={set('area')}
        error={errors.errorFor(F.area)}
      />
      <TextInput id={F.postcode} label="Postcode (optional)" width="10" autoComplete="off" value={values.postcode} onChange={set('postcode')} error={errors.errorFor(F.postcode)} />

      <h2 className="govuk-heading-m">Safe contact</h2>
      <p className="govuk-body">The service will use these details to contact the victim for the first time. Check them with the victim.</p>
      <Radios
        name={F.preferredMethod}
        legend="What is the safest way to contact the victim?"
        items={methodItems}
        value={values.preferredMethod}
        onChange={set('preferredMethod')}
        error={errors.errorFor(F.preferredMethod)}
      />
      <TextInput
        id={F.phone}
        label={values.preferredMethod === 'EMAIL' ? 'Safe phone number (optional)' : 'Safe phone number'}
        hint="A number only the victim uses, that the suspect does not know and cannot get into"
        type="tel"
        width="20"
        autoComplete="off"
        value={values.phone}
        onChange={set('phone')}
        error={errors.errorFor(F.phone)}
      />
      <Radios
        name={F.voicemailSafe}
        legend="Is it safe to leave a voicemail on this number?"
        inline
        items={YES_NO_ITEMS}
        value={values.voicemailSafe}
        onChange={(value) => set('voicemailSafe')(value as VictimValues['voicemailSafe'])}
        error={errors.errorFor(F.voicemailSafe)}
      />
      <TextInput
        id={F.email}
        label={values.preferredMethod === 'EMAIL' ? 'Safe e-mail address' : 'Safe e-mail address (optional)'}
        hint="An address the suspect cannot read"
        type="email"
        spellCheck={false}
        autoComplete="off"
        value={values.email}
        onChange={set('email')}
        error={errors.errorFor(F.email)}
      />
      <Textarea
        id={F.safeTimes}
        label="When is it safe to make contact?"
        hint="For example, weekdays between 9am and midday. If any time is safe, say so."
        rows={2}
        value={values.safeTimes}
        onChange={set('safeTimes')}
        error={errors.errorFor(F.safeTimes)}
      />
      <Textarea
        id={F.safeToSpeakTo}
        label="Who is it safe to speak to if someone else answers? (optional)"
        rows={2}
        value={values.safeToSpeakTo}
        onChange={set('safeToSpeakTo')}
        error={errors.errorFor(F.safeToSpeakTo)}
      />
      <Textarea
        id={F.notSafeToSpeakTo}
        label="Who must not be told about the referral? (optional)"
        hint="For example, people who are in contact with the suspect"
        rows={2}
        value={values.notSafeToSpeakTo}
        onChange={set('notSafeToSpeakTo')}
        error={errors.errorFor(F.notSafeToSpeakTo)}
      />

      <h2 className="govuk-heading-m">Language and accessibility</h2>
      <TextInput
        id={F.language}
        label="Which language does the victim want to use? (optional)"
        hint="Leave blank for English"
        width="20"
        value={values.language}
        onChange={set('language')}
        error={errors.errorFor(F.language)}
      />
      <Radios
        name={F.interpreterNeeded}
        legend="Does the victim need an interpreter?"
        inline
        items={YES_NO_ITEMS}
        value={values.interpreterNeeded}
        onChange={(value) => set('interpreterNeeded')(value as VictimValues['interpreterNeeded'])}
        error={errors.errorFor(F.interpreterNeeded)}
      />
      <Textarea
        id={F.accessibilityNeeds}
        label="Does the victim have any accessibility needs? (optional)"
        hint="For example, they are deaf and prefer text messages, or need information in easy read"
        rows={3}
        value={values.accessibilityNeeds}
        onChange={set('accessibilityNeeds')}
        error={errors.errorFor(F.accessibilityNeeds)}
      />
    </StepLayout>
  );
}
