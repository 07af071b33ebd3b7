import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { LIMITS } from '@lantern/schema/limits';
import { DECLINE_REASONS, type DeclineReason } from '@lantern/schema/vocabularies';
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
import { DeclineReferralDocument } from '../../gql/graphql';

const FIELDS = ['reason', 'note'] as const;

export interface DeclineValues {
  reason: DeclineReason | '';
  note: string;
}

export function validateDecline(values: DeclineValues): FormErrors {
  const fields: FormErrors['fields'] = {};
  if (!values.reason) fields.reason = 'Select why you are declining the referral';
  if (values.reason === 'OTHER' && values.note.trim() === '') fields.note = 'Explain why you are declining the referral';
  if (values.note.length > LIMITS.note.max) fields.note = `The note must be ${LIMITS.note.max} characters or fewer`;
  return { fields, general: [] };
}

function DeclineForm({ referral, refetch }: CaseFormProps) {
  const navigate = useNavigate();
  const [decline] = useMutation(DeclineReferralDocument);
  const [values, setValues, clearDraft] = useFormDraft<DeclineValues>(`decline:${referral.id}`, { reason: '', note: '' });
  const { errors, setErrors, submitting, run } = useCaseSubmit(refetch, FIELDS);
  usePageTitle('Decline referral', SERVICE_NAME, hasErrors(errors));

  const submit = async () => {
    const problems = validateDecline(values);
    if (hasErrors(problems)) return setErrors(problems);
    const problem = await run(() =>
      decline({
        variables: {
          input: {
            referralId: referral.id,
            expectedVersion: referral.version,
            reason: values.reason as DeclineReason,
            note: values.note.trim() || null,
          },
        },
      }),
    );
    if (!problem) {
      clearDraft();
      navigate(`/referrals/${referral.id}`, { replace: true, state: { success: 'Referral declined. The police have been told.' } });
    }
  };

  return (
    <CaseFormLayout
      referral={referral}
      title="Decline referral"
      errors={summaryItems(errors, FIELDS)}
      before={<WarningText>The officer in the case will be told straight away, with your reason and note.</WarningText>}
      onSubmit={submit}
      submitText="Decline referral"
      submitVariant="warning"
      submitting={submitting}
    >
      <Radios
        name="reason"
        legend="Why are you declining this referral?"
        legendSize="m"
        items={DECLINE_REASONS.values.map((value) => ({ value, label: DECLINE_REASONS.labels[value] }))}
        value={values.reason}
        onChange={(reason) => setValues({ ...values, reason: reason as DeclineReason })}
        error={errors.fields.reason}
      />
      <Textarea
        id="note"
        label="Note for the officer in the case"
        labelSize="m"
        hint="For example, which service could help instead. Required if you chose “Other reason”."
        value={values.note}
        onChange={(note) => setValues({ ...values, note })}
        maxLength={LIMITS.note.max}
        error={errors.fields.note}
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
