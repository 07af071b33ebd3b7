import { useMutation } from '@apollo/client/react';
import { RecordStalkingProtectionOrderDocument, type ReferralFieldsFragment } from '../../gql/graphql';
import { orderValuesFrom, validateOrder, type OrderValues } from './order-form';
import { StalkingProtectionOrderFields } from './stalking-protection-order-fields';
import { StepLayout } from './step-layout';
import { useStepForm } from './use-step-form';

/** Step 5: whether a Stalking Protection Order was considered, the decision and any order's details. */
export function OrderStep({ referral }: { referral: ReferralFieldsFragment }) {
  const [record] = useMutation(RecordStalkingProtectionOrderDocument);
  const form = useStepForm({
    slug: 'order',
    referral,
    initial: (): OrderValues => orderValuesFrom(referral),
    validate: validateOrder,
    send: async (input) => {
      await record({ variables: { input: { referralId: referral.id, expectedVersion: referral.version, ...input } } });
    },
  });

  return (
    <StepLayout {...form.layout}>
      <StalkingProtectionOrderFields values={form.values} onChange={form.setValues} errors={form.errors} />
    </StepLayout>
  );
}
