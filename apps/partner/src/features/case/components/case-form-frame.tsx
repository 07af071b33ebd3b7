import { useRef, type ReactNode } from 'react';
import { STATUS_LABELS } from '@lantern/schema/referral-status';
import type { ReferralAction } from '@lantern/schema/referral-actions';
import { BackLink } from '@lantern/ui/back-link';
import { Link } from '@lantern/ui/link';
import { usePageTitle } from '@lantern/ui/page-title';
import { Loading } from '../../../ui/loading';
import { NotFoundPage, ProblemPage } from '../../../ui/problem-page';
import { SERVICE_NAME } from '../../../ui/service-name';
import { consentWithdrawn, useReferralCase, type CaseReferral } from '../use-referral-case';
import { ConsentWithdrawnBanner } from './consent-withdrawn-banner';

export interface CaseFormProps {
  referral: CaseReferral;
  refetch: () => Promise<unknown>;
}

/**
 * The frame of a page that changes a referral (decline, allocate, record a contact attempt...): loads the
 * referral, offers the form only when the API lists the action, and stops all work once consent is withdrawn.
 */
export function CaseFormFrame({
  whatCannotBeDone,
  action,
  children,
}: {
  /** What the form does, said as "You cannot <this> now" when it is not possible: "close this referral". */
  whatCannotBeDone: string;
  action: ReferralAction;
  children: (props: CaseFormProps) => ReactNode;
}) {
  const result = useReferralCase();
  // Once the form has been shown it stays, so a change made by someone else never wipes what was typed.
  const shown = useRef(false);
  if (result.state === 'loading') return <Loading what="Loading the referral" />;
  if (result.state === 'problem') return <ProblemPage problem={result.problem} onRetry={result.retry} />;
  if (result.state === 'not-found') return <NotFoundPage what="referral" />;
  const { referral, refetch } = result;
  const back = <BackLink href={`/referrals/${referral.id}`}>Back to the referral</BackLink>;
  if (consentWithdrawn(referral)) {
    return (
      <>
        {back}
        <ConsentWithdrawnBanner referral={referral} />
        <NotPossible what={whatCannotBeDone} referral={referral} />
      </>
    );
  }
  if (!shown.current && !referral.availableActions.includes(action)) {
    return (
      <>
        {back}
        <NotPossible what={whatCannotBeDone} referral={referral} />
      </>
    );
  }
  shown.current = true;
  return (
    <>
      {back}
      {children({ referral, refetch })}
    </>
  );
}

function NotPossible({ what, referral }: { what: string; referral: CaseReferral }) {
  const heading = `You cannot ${what} now`;
  usePageTitle(heading, SERVICE_NAME);
  return (
    <>
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">{`The referral is now “${STATUS_LABELS[referral.status]}”, so this is not possible at the moment.`}</p>
      <p className="govuk-body">
        <Link className="govuk-link" href={`/referrals/${referral.id}`}>
          Go back to the referral
        </Link>
      </p>
    </>
  );
}

/** The caption above a form's heading: which referral it is about. */
export function CaseCaption({ referral }: { referral: CaseReferral }) {
  return <span className="govuk-caption-l lantern-break-words">{`${referral.victim.fullName}, referral ${referral.reference}`}</span>;
}
