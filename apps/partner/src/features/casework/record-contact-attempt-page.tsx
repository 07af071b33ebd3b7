import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { LIMITS } from '@lantern/schema/limits';
import { CONTACT_ATTEMPT_OUTCOMES, type ContactAttemptOutcome } from '@lantern/schema/vocabularies';
import { useTitle } from '@lantern/client/page-title';
import { Radios } from '@lantern/ui/radios';
import { Textarea } from '@lantern/ui/textarea';
import { useDraftState } from '@lantern/client/use-draft-state';
import type { FormError } from '@lantern/client/form-errors';
import { Rules, textOrNull } from '@lantern/client/form-rules';
import { CaseFormFrame, type CaseFormProps } from '../referral/components/case-form-frame';
import { CaseFormLayout } from '../referral/components/case-form-layout';
import { SafeContactCard } from '../referral/components/safe-contact-card';
import { useCaseSubmit } from '../referral/use-case-submit';
import { RecordContactAttemptDocument } from '../../gql/graphql';

const FIELDS = ['outcome', 'note'] as const;

const OUTCOME_HINTS: Record<ContactAttemptOutcome, string> = {
  NO_ANSWER: 'Nobody answered.',
  UNSAFE_TO_TALK: 'The victim answered but could not talk safely.',
  WRONG_NUMBER: 'The number does not reach the victim. The officer in the case will need to check it.',
  CONTACTED: 'You spoke to the victim.',
};

export interface ContactAttemptValues {
  outcome: ContactAttemptOutcome | '';
  note: string;
}

export function validateContactAttempt(values: ContactAttemptValues): FormError[] {
  const rules = new Rules();
  rules.chosen('outcome', values.outcome, 'Select what happened when you tried to make contact');
  rules.maxLength('note', values.note, LIMITS.note.max, 'The note');
  return rules.errors;
}

function ContactAttemptForm({ referral, refetch }: CaseFormProps) {
  const navigate = useNavigate();
  const [record] = useMutation(RecordContactAttemptDocument);
  const [values, setValues, clearDraft] = useDraftState<ContactAttemptValues>(`contact-attempt:${referral.id}`, () => ({ outcome: '', note: '' }));
  const { errors, submitter } = useCaseSubmit(refetch, FIELDS);
  useTitle('Record a contact attempt', errors.hasErrors);

  const submit = async () => {
    const problems = validateContactAttempt(values);
    if (problems.length > 0) return errors.show(problems);
    const outcome = values.outcome as ContactAttemptOutcome;
    const result = await submitter.submit(() =>
      record({
        variables: {
          input: { referralId: referral.id, expectedVersion: referral.version, outcome, note: textOrNull(values.note) },
        },
      }),
    );
    if (result.ok) {
      clearDraft();
      void navigate(`/referrals/${referral.id}/activity`, {
        replace: true,
        state: { success: `Contact attempt recorded: ${CONTACT_ATTEMPT_OUTCOMES.labels[outcome].toLowerCase()}` },
      });
    }
  };

  return (
    <CaseFormLayout
      referral={referral}
      title="Record a contact attempt"
      errors={errors.summary}
      before={<SafeContactCard referral={referral} />}
      onSubmit={submit}
      submitText="Save contact attempt"
      submitting={submitter.pending}
    >
      <Radios
        name="outcome"
        legend="What happened?"
        legendSize="m"
        items={CONTACT_ATTEMPT_OUTCOMES.values.map((value) => ({
          value,
          label: CONTACT_ATTEMPT_OUTCOMES.labels[value],
          hint: OUTCOME_HINTS[value],
        }))}
        value={values.outcome}
        onChange={(outcome) => setValues({ ...values, outcome: outcome as ContactAttemptOutcome })}
        error={errors.errorFor('outcome')}
      />
      <Textarea
        id="note"
        label="Note (optional)"
        labelSize="m"
        hint="For example, the time you called and whether you left a message."
        value={values.note}
        onChange={(note) => setValues({ ...values, note })}
        maxLength={LIMITS.note.max}
        error={errors.errorFor('note')}
      />
    </CaseFormLayout>
  );
}

export function RecordContactAttemptPage() {
  return (
    <CaseFormFrame whatCannotBeDone="record a contact attempt" action="RECORD_CONTACT_ATTEMPT">
      {(props) => <ContactAttemptForm {...props} />}
    </CaseFormFrame>
  );
}
