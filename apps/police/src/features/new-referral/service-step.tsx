import { useMutation, useQuery } from '@apollo/client/react';
import { Radios } from '@lantern/ui/radios';
import { WarningText } from '@lantern/ui/warning-text';
import { SERVICES_OFFERED } from '@lantern/schema/vocabularies';
import { Link } from 'react-router';
import { ServiceDirectoryDocument, UpdateReferralDocument, type ReferralFieldsFragment, type ServiceDirectoryQuery } from '../../gql/graphql';
import { Loading } from '@lantern/client/loading';
import { StepLayout } from './step-layout';
import { stepPath } from './steps';
import { useStepForm } from './use-step-form';

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

/**
 * Step 6: choose a commissioned service that covers the victim's area. The choice is saved on the draft as
 * its proposed service (`updateReferral`), which "check your answers" shows and sending uses.
 */
export function ServiceStep({ referral }: { referral: ReferralFieldsFragment }) {
  const area = referral.victim.area;
  const { data, loading, error, refetch } = useQuery(ServiceDirectoryDocument, { variables: { area }, skip: !area });
  const services = data?.serviceDirectory ?? [];
  const namedService = referral.consent?.given && !referral.consent.withdrawnAt ? referral.consent.namedService : null;
  const [update] = useMutation(UpdateReferralDocument);
  const form = useStepForm({
    slug: 'service',
    referral,
    initial: () => ({ serviceId: referral.proposedService?.id ?? namedService?.id ?? '' }),
    validate: ({ serviceId }) =>
      serviceId && services.some((service) => service.id === serviceId)
        ? { errors: [], input: serviceId }
        : { errors: [{ field: 'partnerServiceId', message: 'Select the service to send the referral to' }] },
    send: async (proposedServiceId) => {
      await update({ variables: { input: { referralId: referral.id, expectedVersion: referral.version, proposedServiceId } } });
    },
  });
  const { serviceId } = form.values;
  const errors = form.errors;

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
          onChange={(chosen) => form.setValues({ serviceId: chosen })}
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
    <StepLayout {...form.layout}>{body}</StepLayout>
  );
}
