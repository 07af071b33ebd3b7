import { useMutation } from '@apollo/client/react';
import { BackLink } from '@lantern/ui/back-link';
import { Button, ButtonGroup } from '@lantern/ui/button';
import { formatDateTime } from '@lantern/ui/dates';
import { ErrorSummary } from '@lantern/ui/error-summary';
import { InsetText } from '@lantern/ui/inset-text';
import { WarningText } from '@lantern/ui/warning-text';
import { useState } from 'react';
import { Link } from 'react-router';
import { readApiProblem } from '@lantern/client/api-problem';
import { IssueVictimLinkDocument, ReferralDocument, RevokeVictimLinkDocument, type IssueVictimLinkMutation, type ReferralFieldsFragment } from '../../gql/graphql';
import { useFormErrors } from '@lantern/client/form-errors';
import { AppLayout } from '../../ui/app-layout';
import { useTitle } from '@lantern/client/page-title';
import { VictimLinkSummary } from './victim-link-summary';
import { WithReferral } from './with-referral';

type IssuedLink = IssueVictimLinkMutation['issueVictimLink'];

/** The link and code, shown once. Kept only in this component's memory: never stored, never logged. */
function IssuedLinkDetails({ issued }: { issued: IssuedLink }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <>
      <WarningText>You will only see the link and the access code once. Give them to the victim now.</WarningText>
      <h2 className="govuk-heading-m">1. Send the link</h2>
      <p className="govuk-body">Send it by text message or e-mail to the victim&apos;s safe contact details. The message must not say what it is about.</p>
      <InsetText>
        <p className="govuk-body lantern-break-words govuk-!-margin-bottom-2">
          <span className="govuk-visually-hidden">Victim link: </span>
          <code>{issued.url}</code>
        </p>
        {typeof navigator !== 'undefined' && navigator.clipboard && (
          <button type="button" className="lantern-link-button" onClick={() => void copy()}>
            {copied ? 'Link copied' : 'Copy the link'}
          </button>
        )}
      </InsetText>
      <h2 className="govuk-heading-m">2. Give the access code separately</h2>
      <p className="govuk-body">
        Read the code to the victim in a phone call or in person. Never send it in the same message as the link, so that someone who sees one
        cannot open the page.
      </p>
      <p className="govuk-body">
        Access code: <strong className="lantern-access-code">{issued.accessCode}</strong>
      </p>
      <p className="govuk-body">
        Read it out one character at a time: <span>{issued.accessCode.split('').join(' ')}</span>
      </p>
      <p className="govuk-body">The link stops working on {formatDateTime(issued.expiresAt)}, if it is revoked, or after 5 wrong codes.</p>
    </>
  );
}

function VictimLinkContent({ referral }: { referral: ReferralFieldsFragment }) {
  const errors = useFormErrors();
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const [issue, issuing] = useMutation(IssueVictimLinkDocument, {
    refetchQueries: [{ query: ReferralDocument, variables: { id: referral.id } }],
    awaitRefetchQueries: false,
  });
  const [revoke, revoking] = useMutation(RevokeVictimLinkDocument);
  const [revoked, setRevoked] = useState(false);
  useTitle(`Victim link – referral ${referral.reference}`, errors.hasErrors);
  const link = referral.victimLink;
  const canIssue = referral.availableActions.includes('ISSUE_VICTIM_LINK');
  const canRevoke = referral.availableActions.includes('REVOKE_VICTIM_LINK');

  const doIssue = async () => {
    errors.clear();
    try {
      const result = await issue({ variables: { input: { referralId: referral.id } } });
      if (result.data) setIssued(result.data.issueVictimLink);
      setRevoked(false);
    } catch (error) {
      const problem = readApiProblem(error);
      if (problem.code !== 'UNAUTHENTICATED') errors.showProblem(problem);
    }
  };
  const doRevoke = async () => {
    errors.clear();
    try {
      await revoke({ variables: { input: { referralId: referral.id } } });
      setIssued(null);
      setRevoked(true);
    } catch (error) {
      const problem = readApiProblem(error);
      if (problem.code !== 'UNAUTHENTICATED') errors.showProblem(problem);
    }
  };

  return (
    <AppLayout beforeContent={<BackLink href={`/referrals/${referral.id}`} />}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors.summary} />
          <span className="govuk-caption-l">Referral {referral.reference}</span>
          <h1 className="govuk-heading-l">Victim link</h1>
          {issued ? (
            <IssuedLinkDetails issued={issued} />
          ) : (
            <>
              <p className="govuk-body">
                A victim link lets the victim see where their referral is, who is supporting them and how to reach them. It shows nothing
                about the suspect. It is protected by a 6-digit access code that you give them separately.
              </p>
              {revoked && <InsetText>The link has been revoked. It no longer works.</InsetText>}
              {link ? <VictimLinkSummary link={link} /> : <p className="govuk-body">No link has been issued yet.</p>}
              {link && canIssue && (
                <p className="govuk-body">Issuing a new link stops the old link and code from working.</p>
              )}
            </>
          )}
          <ButtonGroup>
            {canIssue && !issued && (
              <Button type="button" onClick={() => void doIssue()} disabled={issuing.loading}>
                {link ? 'Issue a new link' : 'Issue a link'}
              </Button>
            )}
            {canRevoke && (
              <Button type="button" variant="warning" onClick={() => void doRevoke()} disabled={revoking.loading}>
                Revoke the link
              </Button>
            )}
            <Link className="govuk-link" to={`/referrals/${referral.id}`}>
              Back to the referral
            </Link>
          </ButtonGroup>
        </div>
      </div>
    </AppLayout>
  );
}

export function VictimLinkPage() {
  return <WithReferral>{(referral) => <VictimLinkContent referral={referral} />}</WithReferral>;
}
