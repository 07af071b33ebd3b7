import { useMutation } from '@apollo/client/react';
import { Textarea } from '@lantern/ui/textarea';
import { WarningText } from '@lantern/ui/warning-text';
import { LIMITS } from '@lantern/schema/limits';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { WithdrawConsentDocument, type ReferralFieldsFragment } from '../../gql/graphql';
import { useFormErrors } from '@lantern/client/form-errors';
import { useSubmit } from '@lantern/client/use-submit';
import { Rules } from '@lantern/client/form-rules';
import { ActionLayout } from './action-layout';
import { WithReferral } from './with-referral';

function WithdrawConsentForm({ referral }: { referral: ReferralFieldsFragment }) {
  const navigate = useNavigate();
  const errors = useFormErrors();
  const submitter = useSubmit(errors);
  const [withdrawConsent] = useMutation(WithdrawConsentDocument);
  const [reason, setReason] = useState('');
  const save = async () => {
    const rules = new Rules();
    if (rules.required('reason', reason, 'Enter what the victim said, or why consent is withdrawn')) {
      rules.maxLength('reason', reason, LIMITS.note.max, 'The reason');
    }
    if (rules.errors.length > 0) return errors.show(rules.errors);
    const { ok } = await submitter.submit(() =>
      withdrawConsent({ variables: { input: { referralId: referral.id, expectedVersion: referral.version, reason: reason.trim() } } }),
    );
    if (ok) void navigate(`/referrals/${referral.id}`, { state: { notice: 'Consent withdrawn. The service has been told to stop.' } });
  };
  return (
    <ActionLayout
      referral={referral}
      title="Record that the victim has withdrawn consent"
      errors={errors}
      submitter={submitter}
      onSubmit={() => void save()}
      submitText="Record consent withdrawn"
      submitVariant="warning"
    >
      <WarningText>
        {referral.partnerService?.name ?? 'The service'} will be told at once and will stop working with the victim. The referral will be
        withdrawn.
      </WarningText>
      <Textarea
        id="reason"
        label="What did the victim say?"
        hint="Record when and how they told you, and anything they asked for"
        rows={4}
        value={reason}
        onChange={setReason}
        error={errors.errorFor('reason')}
      />
    </ActionLayout>
  );
}

export function WithdrawConsentPage() {
  return <WithReferral requires="WITHDRAW_CONSENT">{(referral) => <WithdrawConsentForm referral={referral} />}</WithReferral>;
}
