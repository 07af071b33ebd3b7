import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Radios } from '@lantern/ui/radios';
import { WarningText } from '@lantern/ui/warning-text';
import { SERVICES_OFFERED } from '@lantern/schema/vocabularies';
import { Link, useNavigate } from 'react-router';
import { ServiceDirectoryDocument, type ReferralFieldsFragment, type ServiceDirectoryQuery } from '../../gql/graphql';
import { useFormErrors } from '@lantern/client/form-errors';
import { Loading } from '@lantern/client/loading';
import { useDraftStore } from '@lantern/client/use-draft-state';
import { StepLayout } from './step-layout';
import { chosenServiceId, chosenServiceKey, nextStepPath, stepPath } from './steps';
import { useReturnToCheck } from './use-step-navigation';

type Service = ServiceDirectoryQuery['serviceDirectory'][number];

function workingDays(days: number): string {
  return days === 1 ? '1 working day' : `${days} working days`;
}

function ServiceDescription({ service }: { service: Service }) {
  return (
    <>
      <span className="govuk-!-display-block">{service.description}</span>
      <span className="govuk-!-display-block govuk-!-margin-top-1">
        Offers: {service.servicesOffered.map((offer) => SERVICES_OFFERED.labels[offer]).join(', ')}.
      </span>
      <span className="govuk-!-display-block govuk-!-margin-top-1">
        First contact with the victim within {workingDays(service.firstContactTargetWorkingDays)} of accepting.
      </span>
    </>
  );
}

/** Step 6: choose a commissioned service that covers the victim's area. */
export function ServiceStep({ referral }: { referral: ReferralFieldsFragment }) {
  const navigate = useNavigate();
  const returnToCheck = useReturnToCheck();
  const errors = useFormErrors();
  const drafts = useDraftStore();
  const area = referral.victim.area;
  const { data, loading, error, refetch } = useQuery(ServiceDirectoryDocument, { variables: { area }, skip: !area });
  const services = data?.serviceDirectory ?? [];
  const namedService = referral.consent?.given && !referral.consent.withdrawnAt ? referral.consent.namedService : null;
  const [serviceId, setServiceId] = useState(() => chosenServiceId(drafts, referral.id) ?? namedService?.id ?? '');

  const save = () => {
    if (!serviceId || !services.some((service) => service.id === serviceId)) {
      errors.show([{ field: 'partnerServiceId', message: 'Select the service to send the referral to' }]);
      return;
    }
    drafts.save(chosenServiceKey(referral.id), { serviceId });
    void navigate(nextStepPath(referral.id, 'service', returnToCheck));
  };

  let body;
  if (!area) {
    body = (
      <p className="govuk-body">
        The victim&apos;s area is needed to find services.{' '}
        <Link className="govuk-link" to={stepPath(referral.id, 'victim')}>
          Add the victim&apos;s area
        </Link>
      </p>
    );
  } else if (loading && !data) {
    body = <Loading what="Loading services" />;
  } else if (error && !data) {
    body = (
      <p className="govuk-body">
        The list of services could not be loaded.{' '}
        <button type="button" className="lantern-link-button" onClick={() => void refetch()}>
          Try again
        </button>
      </p>
    );
  } else if (services.length === 0) {
    body = <WarningText>No commissioned service covers {area}. Check the victim&apos;s area, or contact your force&apos;s Lantern administrator.</WarningText>;
  } else {
    body = (
      <>
        <Radios
          name="partnerServiceId"
          legend={`Services covering ${area}`}
          legendSize="m"
          items={services.map((service) => ({ value: service.id, label: service.name, hint: <ServiceDescription service={service} /> }))}
          value={serviceId}
          onChange={setServiceId}
          error={errors.errorFor('partnerServiceId')}
        />
        {namedService && serviceId && serviceId !== namedService.id && (
          <WarningText>
            The victim agreed to be referred to {namedService.name}. To send it to a different service, go back and record their consent
            for that service.
          </WarningText>
        )}
      </>
    );
  }

  return (
    <StepLayout
      slug="service"
      referral={referral}
      errors={errors}
      onSubmit={save}
      pending={false}
      returnToCheck={returnToCheck}
    >
      {body}
    </StepLayout>
  );
}
