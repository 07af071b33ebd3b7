import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTitle } from '@lantern/client/page-title';
import { Radios } from '@lantern/ui/radios';
import { readApiProblem } from '@lantern/client/api-problem';
import { Loading } from '@lantern/client/loading';
import type { FormError } from '@lantern/client/form-errors';
import { RiskTag } from '../../ui/referral-tags';
import { CaseFormFrame, type CaseFormProps } from '../referral/components/case-form-frame';
import { CaseFormLayout } from '../referral/components/case-form-layout';
import { useCaseSubmit } from '../referral/use-case-submit';
import { AdvocatesDocument, AllocateReferralDocument } from '../../gql/graphql';

const FIELDS = ['advocateId'] as const;

export function validateAllocation(advocateId: string, currentAdvocateId: string | undefined): FormError[] {
  if (!advocateId) return [{ field: 'advocateId', message: 'Select the advocate to allocate the referral to' }];
  if (advocateId === currentAdvocateId) return [{ field: 'advocateId', message: 'Select a different advocate: this one already has the referral' }];
  return [];
}

function openCases(count: number): string {
  return `${count} open ${count === 1 ? 'case' : 'cases'}`;
}

function AllocateForm({ referral, refetch }: CaseFormProps) {
  const navigate = useNavigate();
  const advocates = useQuery(AdvocatesDocument, { fetchPolicy: 'network-only' });
  const [allocate] = useMutation(AllocateReferralDocument);
  const current = referral.allocatedAdvocate;
  const [advocateId, setAdvocateId] = useState('');
  const { errors, submitter } = useCaseSubmit(refetch, FIELDS);
  const title = current ? 'Reallocate referral' : 'Allocate to an advocate';
  useTitle(title, errors.hasErrors);

  const submit = async () => {
    const problems = validateAllocation(advocateId, referral.allocatedAdvocate?.id);
    if (problems.length > 0) return errors.show(problems);
    const result = await submitter.submit(() =>
      allocate({ variables: { input: { referralId: referral.id, expectedVersion: referral.version, advocateId } } }),
    );
    if (result.ok) {
      const name = advocates.data?.advocates.find((a) => a.id === advocateId)?.name ?? 'the advocate';
      void navigate(`/referrals/${referral.id}`, { replace: true, state: { success: `Referral allocated to ${name}` } });
    }
  };

  let choices;
  if (!advocates.data) {
    choices = advocates.error ? (
      <p className="govuk-body">{readApiProblem(advocates.error).message}</p>
    ) : (
      <Loading what="Loading advocates" />
    );
  } else if (advocates.data.advocates.length === 0) {
    choices = <p className="govuk-body">There are no advocates in your organisation to allocate to.</p>;
  } else {
    choices = (
      <Radios
        name="advocateId"
        legend="Who should work on this referral?"
        legendSize="m"
        hint="The number of open cases each advocate holds is shown under their name."
        items={[...advocates.data.advocates]
          .sort((a, b) => (a.caseloadSize ?? 0) - (b.caseloadSize ?? 0) || a.name.localeCompare(b.name))
          .map((advocate) => ({
            value: advocate.id,
            label: advocate.name,
            hint: `${openCases(advocate.caseloadSize ?? 0)}${advocate.id === current?.id ? ' (has this referral now)' : ''}`,
          }))}
        value={advocateId}
        onChange={setAdvocateId}
        error={errors.errorFor('advocateId')}
      />
    );
  }

  return (
    <CaseFormLayout
      referral={referral}
      title={title}
      errors={errors.summary}
      before={
        <p className="govuk-body">
          <RiskTag risk={referral.riskLevel} />
          {current ? ` Now allocated to ${current.name}.` : ''}
        </p>
      }
      onSubmit={submit}
      submitText={current ? 'Reallocate' : 'Allocate'}
      submitting={submitter.pending}
    >
      {choices}
    </CaseFormLayout>
  );
}

export function AllocateReferralPage() {
  return (
    <CaseFormFrame whatCannotBeDone="allocate this referral" action="ALLOCATE">
      {(props) => <AllocateForm {...props} />}
    </CaseFormFrame>
  );
}
