import { useMutation } from '@apollo/client/react';
import { Radios } from '@lantern/ui/radios';
import { SummaryList } from '@lantern/ui/summary-list';
import { Textarea } from '@lantern/ui/textarea';
import { formatDateTime } from '@lantern/ui/dates';
import { LIMITS } from '@lantern/schema/limits';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  AuthoriseWithoutConsentDocument,
  AwaitingAuthorisationDocument,
  RefuseWithoutConsentDocument,
  type ReferralFieldsFragment,
} from '../../gql/graphql';
import { useFormErrors } from '@lantern/client/form-errors';
import { useSubmit } from '@lantern/client/use-submit';
import { Rules, textOrNull } from '@lantern/client/form-rules';
import { ConsentSummary } from '../referrals/consent-summary';
import { CrimeSummary } from '../referrals/crime-summary';
import { RiskSummary } from '../referrals/risk-summary';
import { ActionLayout } from '../referral/action-layout';
import { WithReferral } from '../referral/with-referral';
import { Multiline } from '../referrals/multiline';

function AuthorisationForm({ referral }: { referral: ReferralFieldsFragment }) {
  const navigate = useNavigate();
  const errors = useFormErrors();
  const submitter = useSubmit(errors);
  const refetchQueries = [AwaitingAuthorisationDocument];
  const [authorise] = useMutation(AuthoriseWithoutConsentDocument, { refetchQueries });
  const [refuse] = useMutation(RefuseWithoutConsentDocument, { refetchQueries });
  const [decision, setDecision] = useState('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const request = referral.noConsentAuthorisation;

  const save = async () => {
    const rules = new Rules();
    rules.chosen('decision', decision, 'Select whether you authorise the referral without consent');
    if (decision === 'authorise') rules.maxLength('note', note, LIMITS.note.max, 'The note');
    if (decision === 'refuse' && rules.required('reason', reason, 'Enter why you refuse')) rules.maxLength('reason', reason, LIMITS.note.max, 'The reason');
    if (rules.errors.length > 0) return errors.show(rules.errors);
    const input = { referralId: referral.id, expectedVersion: referral.version };
    const { ok } = await submitter.submit(() =>
      decision === 'authorise'
        ? authorise({ variables: { input: { ...input, note: textOrNull(note) } } })
        : refuse({ variables: { input: { ...input, reason: reason.trim() } } }),
    );
    if (ok) {
      void navigate(`/referrals/${referral.id}`, {
        state: { notice: decision === 'authorise' ? 'Authorised. The officer can now send the referral.' : 'Refused. The officer has been told.' },
      });
    }
  };

  return (
    <ActionLayout
      referral={referral}
      title="Authorise a referral without consent"
      errors={errors}
      submitter={submitter}
      onSubmit={() => void save()}
      submitText="Save decision"
    >
      {request && (
        <SummaryList
          rows={[
            { key: 'Asked by', value: `${request.requestedBy.name}, ${formatDateTime(request.requestedAt)}` },
            { key: 'Reason to refer without consent', value: <Multiline text={request.reason} /> },
            { key: 'Safeguarding basis', value: <Multiline text={request.safeguardingBasis} /> },
          ]}
        />
      )}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">See the crime, the risk screening and consent</span>
        </summary>
        <div className="govuk-details__text">
          <CrimeSummary referral={referral} />
          <RiskSummary referral={referral} />
          <ConsentSummary referral={referral} />
        </div>
      </details>
      <Radios
        name="decision"
        legend="Do you authorise sending this referral without the victim's consent?"
        legendSize="m"
        items={[
          {
            value: 'authorise',
            label: 'Yes, authorise it',
            conditional: <Textarea id="note" label="Note for the officer (optional)" rows={3} value={note} onChange={setNote} error={errors.errorFor('note')} />,
          },
          {
            value: 'refuse',
            label: 'No, refuse',
            conditional: <Textarea id="reason" label="Why do you refuse?" rows={3} value={reason} onChange={setReason} error={errors.errorFor('reason')} />,
          },
        ]}
        value={decision}
        onChange={setDecision}
        error={errors.errorFor('decision')}
      />
    </ActionLayout>
  );
}

/** A supervisor decides on a referral without consent. */
export function AuthorisationPage() {
  return <WithReferral requires="AUTHORISE_WITHOUT_CONSENT">{(referral) => <AuthorisationForm referral={referral} />}</WithReferral>;
}
