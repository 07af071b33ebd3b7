import { formatDateTime } from '@lantern/ui/dates';
import { NotificationBanner } from '@lantern/ui/notification-banner';
import type { CaseReferral } from '../use-referral-case';

/** Shown on every screen of a referral whose consent was withdrawn. Nothing more may be done on it. */
export function ConsentWithdrawnBanner({ referral }: { referral: CaseReferral }) {
  const at = referral.consent?.withdrawnAt ?? referral.withdrawal?.at;
  const reason = referral.consent?.withdrawalReason ?? referral.withdrawal?.reason;
  return (
    <NotificationBanner title="Consent withdrawn" heading="The victim has withdrawn their consent. Stop all work on this referral.">
      <p className="govuk-body">
        {at ? `Withdrawn on ${formatDateTime(at)}. ` : ''}Do not contact the victim about this referral. The police have
        been told.
      </p>
      {reason && <p className="govuk-body lantern-pre-line">{`Reason: ${reason}`}</p>}
    </NotificationBanner>
  );
}
