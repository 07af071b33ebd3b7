import { useMutation } from '@apollo/client/react';
import { Textarea } from '@lantern/ui/textarea';
import { WarningText } from '@lantern/ui/warning-text';
import { LIMITS } from '@lantern/schema/limits';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { WithdrawReferralDocument, type ReferralFieldsFragment } from '../../gql/graphql';
import { useFormErrors } from '@lantern/client/form-errors';
import { useSubmit } from '@lantern/client/use-submit';
import { Rules } from '@lantern/client/form-rules';
import { ActionLayout } from './action-layout';
import { WithReferral } from './with-referral';

function WithdrawForm({ referral }: { referral: ReferralFieldsFragment }) {
  const navigate = useNavigate();
  const errors = useFormErrors();
  const submitter = useSubmit(errors);
  const [withdraw] = useMutation(WithdrawReferralDocument);
  const [reason, setReason] = useState('');
  const save = async () => {
    const rules = new Rules();
    if (rules.required('reason', reason, 'Enter why the referral is being withdrawn')) rules.maxLength('reason', reason, LIMITS.note.max, 'The reason');
    if (rules.errors.length > 0) return errors.show(rules.errors);
    const { ok } = await submitter.submit(() =>
      withdraw({ variables: { input: { referralId: referral.id, expectedVersion: referral.version, reason: reason.trim() } } }),
    );
    if (ok) void navigate(`/referrals/${referral.id}`, { state: { notice: 'The referral has been withdrawn' } });
  };
  return (
    <ActionLayout
      referral={referral}
      title="Withdraw the referral"
      errors={errors}
      submitter={submitter}
      onSubmit={() => void save()}
      submitText="Withdraw referral"
      submitVariant="warning"
    >
      <WarningText>
        {referral.status === 'DRAFT'
          ? 'The draft will be closed and cannot be sent.'
          : `${referral.partnerService?.name ?? 'The service'} will be told at once and will stop working on the referral.`}
      </WarningText>
      <Textarea id="reason" label="Why is the referral being withdrawn?" rows={4} value={reason} onChange={setReason} error={errors.errorFor('reason')} />
    </ActionLayout>
  );
}

export function WithdrawPage() {
  return <WithReferral requires="WITHDRAW">{(referral) => <WithdrawForm referral={referral} />}</WithReferral>;
}
