import { CLOSURE_OUTCOMES, DECLINE_REASONS } from '@lantern/schema/vocabularies';
import { formatDateTime } from '@lantern/ui/dates';
import { InsetText } from '@lantern/ui/inset-text';
import type { CaseReferral } from '../use-referral-case';

/** How a finished referral ended: declined, closed or withdrawn, with the reason. */
export function CaseOutcome({ referral }: { referral: CaseReferral }) {
  if (referral.decline) {
    const { decline } = referral;
    return (
      <InsetText>
        <p className="govuk-body govuk-!-font-weight-bold">{`Declined: ${DECLINE_REASONS.labels[decline.reason]}`}</p>
        {decline.note && <p className="govuk-body lantern-pre-line">{decline.note}</p>}
        <p className="govuk-body-s govuk-!-margin-bottom-0">{`By ${decline.by.name} on ${formatDateTime(decline.at)}`}</p>
      </InsetText>
    );
  }
  if (referral.closure) {
    const { closure } = referral;
    return (
      <InsetText>
        <p className="govuk-body govuk-!-font-weight-bold">{`Closed: ${CLOSURE_OUTCOMES.labels[closure.outcome]}`}</p>
        <p className="govuk-body lantern-pre-line">{closure.reason}</p>
        <p className="govuk-body-s govuk-!-margin-bottom-0">{`By ${closure.by.name} on ${formatDateTime(closure.at)}`}</p>
      </InsetText>
    );
  }
  if (referral.withdrawal && !referral.withdrawal.consentWithdrawn) {
    const { withdrawal } = referral;
    return (
      <InsetText>
        <p className="govuk-body govuk-!-font-weight-bold">Withdrawn by the police</p>
        <p className="govuk-body lantern-pre-line">{withdrawal.reason}</p>
        <p className="govuk-body-s govuk-!-margin-bottom-0">{`By ${withdrawal.by.name} on ${formatDateTime(withdrawal.at)}`}</p>
      </InsetText>
    );
  }
  return null;
}
