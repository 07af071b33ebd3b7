import { useApolloClient, useMutation } from '@apollo/client/react';
import { Checkboxes } from '@lantern/ui/checkboxes';
import { DateInput } from '@lantern/ui/date-input';
import { Radios } from '@lantern/ui/radios';
import { Textarea } from '@lantern/ui/textarea';
import { TextInput } from '@lantern/ui/text-input';
import { FOUR_INDICATORS } from '@lantern/schema/questionnaires';
import { OFFENCE_CLASSIFICATIONS, SUSPECT_RELATIONSHIPS } from '@lantern/schema/vocabularies';
import { UpdateReferralDocument, type ReferralFieldsFragment } from '../../gql/graphql';
import { useDraftStore } from '@lantern/client/use-draft-state';
import { createDraftOnce } from './create-draft';
import { crimeValuesFrom, validateCrime, type CrimeFields, type CrimeValues } from './crime-form';
import { StepLayout } from './step-layout';
import { useStepForm } from './use-step-form';

const offenceItems = OFFENCE_CLASSIFICATIONS.values.map((value) => ({ value, label: OFFENCE_CLASSIFICATIONS.labels[value] }));
const fourItems = FOUR_INDICATORS.map((indicator) => ({ value: indicator.key, label: indicator.label, hint: indicator.prompt }));
const relationshipItems = SUSPECT_RELATIONSHIPS.values.map((value) => ({ value, label: SUSPECT_RELATIONSHIPS.labels[value] }));

/** Step 1: the crime, the offences recorded, the FOUR indicators and the suspect's relationship. */
export function CrimeStep({ referral }: { referral?: ReferralFieldsFragment }) {
  const client = useApolloClient();
  const drafts = useDraftStore();
  const [update] = useMutation(UpdateReferralDocument);
  const form = useStepForm<CrimeValues, CrimeFields>({
    slug: 'crime',
    referral,
    initial: () => crimeValuesFrom(referral),
    validate: validateCrime,
    send: async (input) => {
      if (!referral) return (await createDraftOnce(client, drafts, input)).id;
      await update({ variables: { input: { referralId: referral.id, expectedVersion: referral.version, ...input } } });
    },
  });
  const { values, set, errors } = form;

  return (
    <StepLayout {...form.layout}>
      <TextInput
        id="crimeReference"
        label="Crime reference"
        labelSize="m"
        hint="The reference from your force's crime recording system"
        width="20"
        spellCheck={false}
        autoComplete="off"
        value={values.crimeReference}
        onChange={set('crimeReference')}
        error={errors.errorFor('crimeReference')}
      />
      <DateInput
        id="reportedAt"
        legend="When was the crime reported?"
        legendSize="m"
        hint="For example, 27 3 2026"
        value={values.reportedDate}
        onChange={set('reportedDate')}
        error={errors.errorFor('reportedAt')}
      />
      <TextInput
        id="reportedTime"
        label="Time reported (optional)"
        hint="Use the 24-hour clock, for example 14:30. The 2 working day deadline to refer is counted from this time."
        width="5"
        autoComplete="off"
        value={values.reportedTime}
        onChange={set('reportedTime')}
        error={errors.errorFor('reportedTime')}
      />
      <Checkboxes
        name="offenceClassifications"
        legend="Which offences have been recorded?"
        legendSize="m"
        hint="Select all that apply. Record stalking even when it is not the main offence."
        items={offenceItems}
        values={values.offenceClassifications}
        onChange={set('offenceClassifications')}
        error={errors.errorFor('offenceClassifications')}
      />
      <Checkboxes
        name="fourIndicators"
        legend="Which FOUR indicators are present?"
        legendSize="m"
        hint="Stalking is behaviour that is Fixated, Obsessive, Unwanted and Repeated. Select all that apply."
        items={fourItems}
        values={values.fourIndicators}
        onChange={set('fourIndicators')}
        error={errors.errorFor('fourIndicators')}
      />
      <Radios
        name="suspectRelationship"
        legend="What is the suspect's relationship to the victim?"
        legendSize="m"
        items={relationshipItems}
        value={values.suspectRelationship}
        onChange={set('suspectRelationship')}
        error={errors.errorFor('suspectRelationship')}
      />
      <Textarea
        id="circumstances"
        label="What has happened? (optional)"
        labelSize="m"
        hint="A short summary for the service. Do not include anything the victim has asked you not to share."
        value={values.circumstances}
        onChange={set('circumstances')}
        error={errors.errorFor('circumstances')}
      />
    </StepLayout>
  );
}
