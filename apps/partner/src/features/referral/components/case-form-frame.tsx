import { useState, type ReactNode } from 'react';
import { STATUS_LABELS } from '@lantern/schema/referral-status';
import type { ReferralAction } from '@lantern/schema/referral-actions';
import { BackLink } from '@lantern/ui/back-link';
import { Link } from '@lantern/ui/link';
import { useTitle } from '@lantern/client/page-title';
import { QueryFallback } from '@lantern/client/query-view';
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
  const { view, refetch } = useReferralCase();
  // Once the form has been shown it stays, so a change made by someone else never wipes what was typed.
  const [shown, setShown] = useState(false);
  if (view.state !== 'ready') return <QueryFallback view={view} loading="Loading the referral" />;
  const referral = view.value;
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
  if (!shown && !referral.availableActions.includes(action)) {
    return (
      <>
        {back}
        <NotPossible what={whatCannotBeDone} referral={referral} />
      </>
    );
  }
  if (!shown) setShown(true);
  return (
    <>
      {back}
      {children({ referral, refetch })}
    </>
  );
}

function NotPossible({ what, referral }: { what: string; referral: CaseReferral }) {
  const heading = `You cannot ${what} now`;
  useTitle(heading);
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
