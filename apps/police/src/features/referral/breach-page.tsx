import { useMutation } from '@apollo/client/react';
import { DateInput, EMPTY_DATE } from '@lantern/ui/date-input';
import { Textarea } from '@lantern/ui/textarea';
import { TextInput } from '@lantern/ui/text-input';
import { LIMITS } from '@lantern/schema/limits';
import { useNavigate } from 'react-router';
import { RecordOrderBreachDocument, type ReferralFieldsFragment } from '../../gql/graphql';
import { useFormErrors } from '@lantern/client/form-errors';
import { useSubmit } from '@lantern/client/use-submit';
import { Rules, textOrNull } from '@lantern/client/form-rules';
import { useDraftState } from '@lantern/client/use-draft-state';
import { ActionLayout } from './action-layout';
import { WithReferral } from './with-referral';

function BreachForm({ referral }: { referral: ReferralFieldsFragment }) {
  const navigate = useNavigate();
  const errors = useFormErrors();
  const submitter = useSubmit(errors);
  const [record] = useMutation(RecordOrderBreachDocument);
  const [values, setValues, discard] = useDraftState(`form:${referral.id}:breach`, () => ({ occurredOn: EMPTY_DATE, description: '', crimeReference: '' }));
  const save = async () => {
    const rules = new Rules();
    const occurredOn = rules.date('occurredOn', values.occurredOn, 'the date of the breach', { required: true, notInFuture: true });
    if (rules.required('description', values.description, 'Describe what happened')) {
      rules.maxLength('description', values.description, LIMITS.note.max, 'The description');
    }
    if (values.crimeReference.trim() && !LIMITS.crimeReference.pattern.test(values.crimeReference.trim())) {
      rules.add('crimeReference', 'Crime reference must only include letters, numbers, spaces, hyphens and slashes');
    }
    if (rules.errors.length > 0 || !occurredOn) return errors.show(rules.errors);
    const { ok } = await submitter.submit(() =>
      record({
        variables: {
          input: {
            referralId: referral.id,
            expectedVersion: referral.version,
            occurredOn,
            description: values.description.trim(),
            crimeReference: textOrNull(values.crimeReference),
          },
        },
      }),
    );
    if (ok) {
      discard();
      void navigate(`/referrals/${referral.id}`, { state: { notice: 'Breach recorded' } });
    }
  };
  return (
    <ActionLayout
      referral={referral}
      title="Record a breach of the order"
      errors={errors}
      submitter={submitter}
      onSubmit={() => void save()}
      submitText="Record breach"
    >
      <DateInput
        id="occurredOn"
        legend="When did the breach happen?"
        hint="For example, 27 3 2026"
        value={values.occurredOn}
        onChange={(occurredOn) => setValues((v) => ({ ...v, occurredOn }))}
        error={errors.errorFor('occurredOn')}
      />
      <Textarea
        id="description"
        label="What happened?"
        rows={4}
        value={values.description}
        onChange={(description) => setValues((v) => ({ ...v, description }))}
        error={errors.errorFor('description')}
      />
      <TextInput
        id="crimeReference"
        label="Crime reference for the breach (optional)"
        width="20"
        autoComplete="off"
        spellCheck={false}
        value={values.crimeReference}
        onChange={(crimeReference) => setValues((v) => ({ ...v, crimeReference }))}
        error={errors.errorFor('crimeReference')}
      />
    </ActionLayout>
  );
}

export function BreachPage() {
  return <WithReferral requires="RECORD_ORDER_BREACH">{(referral) => <BreachForm referral={referral} />}</WithReferral>;
}
