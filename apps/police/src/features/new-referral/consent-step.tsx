import { useMutation, useQuery } from '@apollo/client/react';
import { Checkboxes } from '@lantern/ui/checkboxes';
import { DateInput } from '@lantern/ui/date-input';
import { InsetText } from '@lantern/ui/inset-text';
import { NotificationBanner } from '@lantern/ui/notification-banner';
import { Radios, YES_NO_ITEMS } from '@lantern/ui/radios';
import { Textarea } from '@lantern/ui/textarea';
import { TextInput } from '@lantern/ui/text-input';
import { WarningText } from '@lantern/ui/warning-text';
import { CONSENT_METHODS, CONSENT_PURPOSES } from '@lantern/schema/vocabularies';
import { RecordConsentDocument, ServiceDirectoryDocument, type ReferralFieldsFragment } from '../../gql/graphql';
import { Loading } from '@lantern/client/loading';
import { CONSENT_FIELDS as F, consentValuesFrom, validateConsent, type ConsentValues } from './consent-form';
import { StepLayout } from './step-layout';
import { useStepForm } from './use-step-form';

const methodItems = CONSENT_METHODS.values.map((value) => ({ value, label: CONSENT_METHODS.labels[value] }));
const purposeItems = CONSENT_PURPOSES.values.map((value) => ({ value, label: CONSENT_PURPOSES.labels[value] }));

/** Step 4: the victim's consent, or the safeguarding reason to refer without it (a supervisor decides). */
export function ConsentStep({ referral }: { referral: ReferralFieldsFragment }) {
  const [record] = useMutation(RecordConsentDocument);
  const services = useQuery(ServiceDirectoryDocument, { variables: { area: referral.victim.area } });
  const serviceList = services.data?.serviceDirectory ?? [];
  const authorisation = referral.noConsentAuthorisation;
  const form = useStepForm({
    slug: 'consent',
    referral,
    initial: (): ConsentValues => consentValuesFrom(referral),
    validate: (values: ConsentValues) => validateConsent(values, serviceList.map((service) => service.id)),
    send: async (input) => {
      await record({ variables: { input: { referralId: referral.id, expectedVersion: referral.version, ...input } } });
    },
  });
  const { values, set, errors } = form;

  const consentFields = (
    <>
      <TextInput id={F.givenBy} label="Who gave consent?" hint="Usually the victim. If someone else gave it, say who they are." value={values.givenBy} onChange={set('givenBy')} error={errors.errorFor(F.givenBy)} />
      <DateInput id={F.givenAt} legend="When was consent given?" hint="For example, 27 3 2026" value={values.givenAt} onChange={set('givenAt')} error={errors.errorFor(F.givenAt)} />
      <Radios name={F.method} legend="How was consent given?" inline items={methodItems} value={values.method} onChange={set('method')} error={errors.errorFor(F.method)} />
      <Textarea
        id={F.whatVictimWasTold}
        label="What was the victim told about the referral?"
        hint="For example, which service it is, what they will do, and that the victim can change their mind at any time"
        rows={3}
        value={values.whatVictimWasTold}
        onChange={set('whatVictimWasTold')}
        error={errors.errorFor(F.whatVictimWasTold)}
      />
      {services.loading && !services.data ? (
        <Loading what="Loading services" />
      ) : serviceList.length === 0 ? (
        <WarningText>No service covers the victim&apos;s area. Check the area on the previous page.</WarningText>
      ) : (
        <Radios
          name={F.namedServiceId}
          legend="Which service did the victim agree to be referred to?"
          items={serviceList.map((service) => ({ value: service.id, label: service.name }))}
          value={values.namedServiceId}
          onChange={set('namedServiceId')}
          error={errors.errorFor(F.namedServiceId)}
        />
      )}
      <Checkboxes
        name={F.purposes}
        legend="What did the victim agree their information can be used for?"
        hint="Select all that apply"
        items={purposeItems}
        values={values.purposes}
        onChange={set('purposes')}
        error={errors.errorFor(F.purposes)}
      />
    </>
  );

  const withoutConsentFields = (
    <>
      <WarningText>A supervisor must authorise a referral without consent before it can be sent.</WarningText>
      <Textarea
        id={F.reason}
        label="Why should the referral be made without the victim's consent?"
        rows={3}
        value={values.reason}
        onChange={set('reason')}
        error={errors.errorFor(F.reason)}
      />
      <Textarea
        id={F.safeguardingBasis}
        label="What is the safeguarding basis for sharing their information?"
        hint="For example, a risk to the victim's life or of serious harm, or a risk to children"
        rows={3}
        value={values.safeguardingBasis}
        onChange={set('safeguardingBasis')}
        error={errors.errorFor(F.safeguardingBasis)}
      />
      <Radios
        name={F.victimAwareOfReferral}
        legend="Does the victim know about the referral?"
        inline
        items={YES_NO_ITEMS}
        value={values.victimAwareOfReferral}
        onChange={(value) => set('victimAwareOfReferral')(value as ConsentValues['victimAwareOfReferral'])}
        error={errors.errorFor(F.victimAwareOfReferral)}
      />
    </>
  );

  return (
    <StepLayout {...form.layout}>
      {authorisation?.state === 'REFUSED' && (
        <NotificationBanner heading="A supervisor refused to authorise this referral without consent">
          {authorisation.decisionNote && <p className="govuk-body">Their reason: {authorisation.decisionNote}</p>}
          <p className="govuk-body">Record the victim&apos;s consent, or give more information and ask again.</p>
        </NotificationBanner>
      )}
      {authorisation?.state === 'REQUESTED' && (
        <InsetText>A supervisor has been asked to authorise this referral without consent and has not decided yet.</InsetText>
      )}
      <Radios
        name={F.given}
        legend="Has the victim agreed to be referred?"
        legendSize="m"
        items={[
          { value: 'yes', label: 'Yes, the victim has agreed', conditional: consentFields },
          { value: 'no', label: 'No, refer without consent for safeguarding reasons', conditional: withoutConsentFields },
        ]}
        value={values.given}
        onChange={(value) => set('given')(value as ConsentValues['given'])}
        error={errors.errorFor(F.given)}
      />
    </StepLayout>
  );
}
