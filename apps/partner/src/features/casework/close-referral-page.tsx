import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { LIMITS } from '@lantern/schema/limits';
import { CLOSURE_OUTCOMES, type ClosureOutcome } from '@lantern/schema/vocabularies';
import { useTitle } from '@lantern/client/page-title';
import { Radios } from '@lantern/ui/radios';
import { Textarea } from '@lantern/ui/textarea';
import { WarningText } from '@lantern/ui/warning-text';
import { useDraftState } from '@lantern/client/use-draft-state';
import type { FormError } from '@lantern/client/form-errors';
import { Rules } from '@lantern/client/form-rules';
import { CaseFormFrame, type CaseFormProps } from '../referral/components/case-form-frame';
import { CaseFormLayout } from '../referral/components/case-form-layout';
import { useCaseSubmit } from '../referral/use-case-submit';
import { CloseReferralDocument } from '../../gql/graphql';

const FIELDS = ['outcome', 'reason'] as const;

export interface CloseValues {
  outcome: ClosureOutcome | '';
  reason: string;
}

export function validateClose(values: CloseValues): FormError[] {
  const rules = new Rules();
  rules.chosen('outcome', values.outcome, 'Select the outcome');
  if (rules.required('reason', values.reason, 'Enter the reason for closing the referral')) {
    rules.maxLength('reason', values.reason, LIMITS.note.max, 'The reason');
  }
  return rules.errors;
}

function CloseForm({ referral, refetch }: CaseFormProps) {
  const navigate = useNavigate();
  const [close] = useMutation(CloseReferralDocument);
  const [values, setValues, clearDraft] = useDraftState<CloseValues>(`close:${referral.id}`, () => ({ outcome: '', reason: '' }));
  const { errors, submitter } = useCaseSubmit(refetch, FIELDS);
  useTitle('Close referral', errors.hasErrors);

  const submit = async () => {
    const problems = validateClose(values);
    if (problems.length > 0) return errors.show(problems);
    const result = await submitter.submit(() =>
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
    if (result.ok) {
      clearDraft();
      void navigate(`/referrals/${referral.id}`, { replace: true, state: { success: 'Referral closed. The police have been told.' } });
    }
  };

  return (
    <CaseFormLayout
      referral={referral}
      title="Close referral"
      errors={errors.summary}
      before={<WarningText>Closing ends your service’s work on this referral. The officer in the case will be told.</WarningText>}
      onSubmit={submit}
      submitText="Close referral"
      submitVariant="warning"
      submitting={submitter.pending}
    >
      <Radios
        name="outcome"
        legend="What was the outcome?"
        legendSize="m"
        items={CLOSURE_OUTCOMES.values.map((value) => ({ value, label: CLOSURE_OUTCOMES.labels[value] }))}
        value={values.outcome}
        onChange={(outcome) => setValues({ ...values, outcome: outcome as ClosureOutcome })}
        error={errors.errorFor('outcome')}
      />
      <Textarea
        id="reason"
        label="Reason for closing"
        labelSize="m"
        hint="The officer in the case will see this."
        value={values.reason}
        onChange={(reason) => setValues({ ...values, reason })}
        maxLength={LIMITS.note.max}
        error={errors.errorFor('reason')}
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
