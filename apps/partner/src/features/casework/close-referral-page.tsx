import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { LIMITS } from '@lantern/schema/limits';
import { CLOSURE_OUTCOMES, type ClosureOutcome } from '@lantern/schema/vocabularies';
import { usePageTitle } from '@lantern/ui/page-title';
import { Radios } from '@lantern/ui/radios';
import { Textarea } from '@lantern/ui/textarea';
import { WarningText } from '@lantern/ui/warning-text';
import { SERVICE_NAME } from '../../ui/service-name';
import { useFormDraft } from '../../ui/use-form-draft';
import { hasErrors, summaryItems, type FormErrors } from '../../ui/form-errors';
import { CaseFormFrame, type CaseFormProps } from '../case/components/case-form-frame';
import { CaseFormLayout } from '../case/components/case-form-layout';
import { useCaseSubmit } from '../case/use-case-submit';
import { CloseReferralDocument } from '../../gql/graphql';

const FIELDS = ['outcome', 'reason'] as const;

export interface CloseValues {
  outcome: ClosureOutcome | '';
  reason: string;
}

export function validateClose(values: CloseValues): FormErrors {
  const fields: FormErrors['fields'] = {};
  if (!values.outcome) fields.outcome = 'Select the outcome';
  if (values.reason.trim() === '') fields.reason = 'Enter the reason for closing the referral';
  else if (values.reason.length > LIMITS.note.max) fields.reason = `The reason must be ${LIMITS.note.max} characters or fewer`;
  return { fields, general: [] };
}

function CloseForm({ referral, refetch }: CaseFormProps) {
  const navigate = useNavigate();
  const [close] = useMutation(CloseReferralDocument);
  const [values, setValues, clearDraft] = useFormDraft<CloseValues>(`close:${referral.id}`, { outcome: '', reason: '' });
  const { errors, setErrors, submitting, run } = useCaseSubmit(refetch, FIELDS);
  usePageTitle('Close referral', SERVICE_NAME, hasErrors(errors));

  const submit = async () => {
    const problems = validateClose(values);
    if (hasErrors(problems)) return setErrors(problems);
    const problem = await run(() =>
      close({
        variables: {
          input: {
            referralId: referral.id,
            expectedVersion: referral.version,
            outcome: values.outcome as ClosureOutcome,
            reason: values.reason.trim(),
          },
        },
      }),
    );
    if (!problem) {
      clearDraft();
      navigate(`/referrals/${referral.id}`, { replace: true, state: { success: 'Referral closed. The police have been told.' } });
    }
  };

  return (
    <CaseFormLayout
      referral={referral}
      title="Close referral"
      errors={summaryItems(errors, FIELDS)}
      before={<WarningText>Closing ends your service’s work on this referral. The officer in the case will be told.</WarningText>}
      onSubmit={submit}
      submitText="Close referral"
      submitVariant="warning"
      submitting={submitting}
    >
      <Radios
        name="outcome"
        legend="What was the outcome?"
        legendSize="m"
        items={CLOSURE_OUTCOMES.values.map((value) => ({ value, label: CLOSURE_OUTCOMES.labels[value] }))}
        value={values.outcome}
        onChange={(outcome) => setValues({ ...values, outcome: outcome as ClosureOutcome })}
        error={errors.fields.outcome}
      />
      <Textarea
        id="reason"
        label="Reason for closing"
        labelSize="m"
        hint="The officer in the case will see this."
        value={values.reason}
        onChange={(reason) => setValues({ ...values, reason })}
        maxLength={LIMITS.note.max}
        error={errors.fields.reason}
      />
    </CaseFormLayout>
  );
}

export function CloseReferralPage() {
  return (
    <CaseFormFrame whatCannotBeDone="close this referral" action="CLOSE">
      {(props) => <CloseForm {...props} />}
    </CaseFormFrame>
  );
}
