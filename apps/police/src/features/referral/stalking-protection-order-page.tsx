import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { RecordStalkingProtectionOrderDocument, type ReferralFieldsFragment } from '../../gql/graphql';
import { useFormErrors } from '@lantern/client/form-errors';
import { useSubmit } from '@lantern/client/use-submit';
import { orderValuesFrom, validateOrder, type OrderValues } from '../new-referral/order-form';
import { StalkingProtectionOrderFields } from '../new-referral/stalking-protection-order-fields';
import { useDraftState } from '@lantern/client/use-draft-state';
import { ActionLayout } from './action-layout';
import { WithReferral } from './with-referral';

function StalkingProtectionOrderForm({ referral }: { referral: ReferralFieldsFragment }) {
  const navigate = useNavigate();
  const errors = useFormErrors();
  const submitter = useSubmit(errors);
  const [record] = useMutation(RecordStalkingProtectionOrderDocument);
  const [values, setValues, discard] = useDraftState<OrderValues>(`form:${referral.id}:order`, () => orderValuesFrom(referral));
  const save = async () => {
    const { errors: problems, input } = validateOrder(values);
    if (!input) return errors.show(problems);
    const { ok } = await submitter.submit(() =>
      record({ variables: { input: { referralId: referral.id, expectedVersion: referral.version, ...input } } }),
    );
    if (ok) {
      discard();
      void navigate(`/referrals/${referral.id}`, { state: { notice: 'Stalking Protection Order updated' } });
    }
  };
  return (
    <ActionLayout
      referral={referral}
      title="Stalking Protection Order"
      errors={errors}
      submitter={submitter}
      onSubmit={() => void save()}
      submitText="Save"
    >
      <StalkingProtectionOrderFields values={values} onChange={setValues} errors={errors} />
    </ActionLayout>
  );
}

/** Update the order record after the referral was sent (e.g. the court granted it). */
export function StalkingProtectionOrderPage() {
  return <WithReferral requires="RECORD_PROTECTIVE_ORDER">{(referral) => <StalkingProtectionOrderForm referral={referral} />}</WithReferral>;
}
