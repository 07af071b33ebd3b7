import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { CONTACT_ATTEMPT_OUTCOMES, SAFEGUARDING_UPDATE_KINDS } from '@lantern/schema/vocabularies';
import { formatDateTime } from '@lantern/ui/dates';
import { ErrorSummary } from '@lantern/ui/error-summary';
import { useTitle } from '@lantern/client/page-title';
import { SummaryList, type SummaryListRow } from '@lantern/ui/summary-list';
import { DeadlineStatus, RiskTag, StatusTag } from '../../ui/referral-tags';
import { AcceptReferralDocument } from '../../gql/graphql';
import { useCaseOutlet } from './case-layout';
import { CaseActions } from './components/case-actions';
import { CaseOutcome } from './components/case-outcome';
import { SafeContactCard } from './components/safe-contact-card';
import { useCaseSubmit } from './use-case-submit';
import { consentWithdrawn, type CaseReferral } from './use-referral-case';

/** The page has no fields: every problem is about the whole referral. */
const NO_FIELDS: readonly string[] = [];

function keyFacts(referral: CaseReferral): SummaryListRow[] {
  const lastAttempt = [...referral.contactAttempts].sort((a, b) => b.attemptedAt.localeCompare(a.attemptedAt))[0];
  const lastUpdate = [...referral.safeguardingUpdates].sort((a, b) => b.postedAt.localeCompare(a.postedAt))[0];
  return [
    { key: 'Status', value: <StatusTag status={referral.status} /> },
    {
      key: 'Risk',
      value: (
        <>
          <RiskTag risk={referral.riskLevel} />
          {referral.screening && <span className="govuk-body-s">{` S-DASH: ${referral.screening.yesCount} of ${referral.screening.questionCount} answered yes`}</span>}
        </>
      ),
    },
    { key: 'Accept or decline', value: <DeadlineStatus deadline={referral.deadlines.acceptance} /> },
    { key: 'First contact', value: <DeadlineStatus deadline={referral.deadlines.firstContact} /> },
    { key: 'Advocate', value: referral.allocatedAdvocate?.name ?? 'Not allocated' },
    {
      key: 'Last contact attempt',
      value: lastAttempt
        ? `${CONTACT_ATTEMPT_OUTCOMES.labels[lastAttempt.outcome]}, ${formatDateTime(lastAttempt.attemptedAt)}`
        : 'None yet',
    },
    {
      key: 'Last safeguarding update',
      value: lastUpdate ? `${SAFEGUARDING_UPDATE_KINDS.labels[lastUpdate.kind]}, ${formatDateTime(lastUpdate.postedAt)}` : 'None yet',
    },
    {
      key: 'Officer in the case',
      value: (
        <>
          {referral.officerInCase.name}, {referral.policeForce.name}
          <br />
          <a className="govuk-link lantern-break-words" href={`mailto:${referral.officerInCase.email}`}>
            {referral.officerInCase.email}
          </a>
        </>
      ),
    },
    { key: 'Received', value: referral.submittedAt ? formatDateTime(referral.submittedAt) : 'Not sent yet' },
  ];
}

/** The case at a glance: what to do next, how to contact the victim safely, and the key facts. */
export function OverviewPage() {
  const { referral, refetch } = useCaseOutlet();
  const navigate = useNavigate();
  const [accept] = useMutation(AcceptReferralDocument);
  const { errors, submitter } = useCaseSubmit(refetch, NO_FIELDS);
  useTitle(`Referral ${referral.reference}`, errors.hasErrors);

  const onAccept = async () => {
    const result = await submitter.submit(() => accept({ variables: { input: { referralId: referral.id, expectedVersion: referral.version } } }));
    if (result.ok) {
      void navigate(`/referrals/${referral.id}`, {
        replace: true,
        state: { success: 'Referral accepted. You can now allocate it to an advocate.' },
      });
    }
  };

  const withdrawn = consentWithdrawn(referral);
  return (
    <>
      <ErrorSummary errors={errors.summary} />
      <h2 className="govuk-heading-m">Overview</h2>
      <CaseOutcome referral={referral} />
      {!withdrawn && <CaseActions referral={referral} onAccept={() => void onAccept()} accepting={submitter.pending} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          {!withdrawn && <SafeContactCard referral={referral} />}
          <h2 className="govuk-heading-m">Key facts</h2>
          <SummaryList rows={keyFacts(referral)} />
        </div>
      </div>
    </>
  );
}
