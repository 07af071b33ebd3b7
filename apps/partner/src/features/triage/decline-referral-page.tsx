import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { LIMITS } from '@lantern/schema/limits';
import { DECLINE_REASONS, type DeclineReason } from '@lantern/schema/vocabularies';
import { useTitle } from '@lantern/client/page-title';
import { Radios } from '@lantern/ui/radios';
import { Textarea } from '@lantern/ui/textarea';
import { WarningText } from '@lantern/ui/warning-text';
import { useDraftState } from '@lantern/client/use-draft-state';
import type { FormError } from '@lantern/client/form-errors';
import { Rules, textOrNull } from '@lantern/client/form-rules';
import { CaseFormFrame, type CaseFormProps } from '../referral/components/case-form-frame';
import { CaseFormLayout } from '../referral/components/case-form-layout';
import { useCaseSubmit } from '../referral/use-case-submit';
import { DeclineReferralDocument } from '../../gql/graphql';

const FIELDS = ['reason', 'note'] as const;

export interface DeclineValues {
  reason: DeclineReason | '';
  note: string;
}

export function validateDecline(values: DeclineValues): FormError[] {
  const rules = new Rules();
  rules.chosen('reason', values.reason, 'Select why you are declining the referral');
  if (values.reason !== 'OTHER' || rules.required('note', values.note, 'Explain why you are declining the referral')) {
    rules.maxLength('note', values.note, LIMITS.note.max, 'The note');
  }
  return rules.errors;
}

function DeclineForm({ referral, refetch }: CaseFormProps) {
  const navigate = useNavigate();
  const [decline] = useMutation(DeclineReferralDocument);
  const [values, setValues, clearDraft] = useDraftState<DeclineValues>(`decline:${referral.id}`, () => ({ reason: '', note: '' }));
  const { errors, submitter } = useCaseSubmit(refetch, FIELDS);
  useTitle('Decline referral', errors.hasErrors);

  const submit = async () => {
    const problems = validateDecline(values);
    if (problems.length > 0) return errors.show(problems);
    const result = await submitter.submit(() =>
      decline({
        variables: {
          input: {
            referralId: referral.id,
            expectedVersion: referral.version,
            reason: values.reason as DeclineReason,
            note: textOrNull(values.note),
          },
        },
      }),
    );
    if (result.ok) {
      clearDraft();
      void navigate(`/referrals/${referral.id}`, { replace: true, state: { success: 'Referral declined. The police have been told.' } });
    }
  };

  return (
    <CaseFormLayout
      referral={referral}
      title="Decline referral"
      errors={errors.summary}
      before={<WarningText>The officer in the case will be told straight away, with your reason and note.</WarningText>}
      onSubmit={submit}
      submitText="Decline referral"
      submitVariant="warning"
      submitting={submitter.pending}
    >
      <Radios
        name="reason"
        legend="Why are you declining this referral?"
        legendSize="m"
        items={DECLINE_REASONS.values.map((value) => ({ value, label: DECLINE_REASONS.labels[value] }))}
        value={values.reason}
        onChange={(reason) => setValues({ ...values, reason: reason as DeclineReason })}
        error={errors.errorFor('reason')}
      />
      <Textarea
        id="note"
        label="Note for the officer in the case"
        labelSize="m"
        hint="For example, which service could help instead. Required if you chose “Other reason”."
        value={values.note}
        onChange={(note) => setValues({ ...values, note })}
        maxLength={LIMITS.note.max}
        error={errors.errorFor('note')}
      />
    </CaseFormLayout>
  );
}

export function DeclineReferralPage() {
  return (
    <CaseFormFrame whatCannotBeDone="decline this referral" action="DECLINE">
      {(props) => <DeclineForm {...props} />}
    </CaseFormFrame>
  );
}
