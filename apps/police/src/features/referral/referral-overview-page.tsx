import { formatDate, formatDateTime } from '@lantern/ui/dates';
import { SummaryList, type SummaryListRow } from '@lantern/ui/summary-list';
import { Tag } from '@lantern/ui/tag';
import { STATUS_DESCRIPTIONS } from '@lantern/schema/referral-status';
import { CLOSURE_OUTCOMES, DECLINE_REASONS } from '@lantern/schema/vocabularies';
import { Link } from 'react-router';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import { RISK_COLOURS, riskLabel } from '../referrals/labels';
import { Multiline } from '../referrals/multiline';
import { OrderSummary } from '../referrals/order-summary';
import { DeadlinesSummary } from './deadlines-summary';
import { PartnerUpdates } from './partner-updates';
import { ReferralActions } from './referral-actions';
import { ReferralFrame } from './referral-frame';
import { VictimLinkSummary } from './victim-link-summary';
import { WithReferral } from './with-referral';

function Outcome({ referral }: { referral: ReferralFieldsFragment }) {
  if (referral.decline) {
    return (
      <p className="govuk-body">
        Declined by {referral.decline.by.name} on {formatDateTime(referral.decline.at)}: {DECLINE_REASONS.labels[referral.decline.reason]}.{' '}
        {referral.decline.note && <Multiline text={referral.decline.note} />}
      </p>
    );
  }
  if (referral.closure) {
    return (
      <p className="govuk-body">
        Closed by {referral.closure.by.name} on {formatDateTime(referral.closure.at)}: {CLOSURE_OUTCOMES.labels[referral.closure.outcome]}.{' '}
        <Multiline text={referral.closure.reason} />
      </p>
    );
  }
  if (referral.withdrawal) {
    return (
      <p className="govuk-body">
        Withdrawn by {referral.withdrawal.by.name} on {formatDateTime(referral.withdrawal.at)}
        {referral.withdrawal.consentWithdrawn ? ' because the victim withdrew consent' : ''}: <Multiline text={referral.withdrawal.reason} />
      </p>
    );
  }
  return null;
}

/** Consent in one line: given, withdrawn, or the supervisor's authorisation to refer without it. */
function ConsentInBrief({ referral }: { referral: ReferralFieldsFragment }) {
  const { consent, noConsentAuthorisation: authorisation } = referral;
  if (consent?.withdrawnAt) return <>Withdrawn on {formatDateTime(consent.withdrawnAt)}</>;
  if (consent?.given) return <>Given{consent.givenAt ? ` on ${formatDate(consent.givenAt)}` : ''}</>;
  if (authorisation?.state === 'AUTHORISED') return <>Not given: sent without consent, authorised by {authorisation.decidedBy?.name ?? 'a supervisor'}</>;
  if (authorisation?.state === 'REQUESTED') return <>Not given: waiting for a supervisor to authorise</>;
  if (authorisation?.state === 'REFUSED') return <>Not given: a supervisor refused to authorise</>;
  return <>Not recorded yet</>;
}

function Overview({ referral }: { referral: ReferralFieldsFragment }) {
  const rows: SummaryListRow[] = [
    { key: 'Victim', value: referral.victim.fullName },
    { key: 'Crime reference', value: <span className="lantern-break-words">{referral.crimeReference}</span> },
    { key: 'Risk', value: referral.riskLevel ? <Tag colour={RISK_COLOURS[referral.riskLevel]}>{riskLabel(referral.riskLevel)}</Tag> : 'Not assessed' },
    { key: 'Service', value: referral.partnerService?.name ?? 'Not chosen yet' },
    {
      key: 'Advocate',
      value: referral.allocatedAdvocate ? referral.allocatedAdvocate.name : referral.status === 'DRAFT' ? 'Not sent yet' : 'Not allocated yet',
    },
    { key: 'Consent', value: <ConsentInBrief referral={referral} /> },
    { key: 'Officer in the case', value: referral.officerInCase.name },
    { key: 'Started', value: formatDateTime(referral.createdAt) },
    { key: 'Sent', value: referral.submittedAt ? formatDateTime(referral.submittedAt) : 'Not sent yet' },
  ];
  const breaches = referral.stalkingProtectionOrder?.breaches ?? [];
  return (
    <ReferralFrame referral={referral} view="overview">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Where the referral is</h2>
          <p className="govuk-body">{STATUS_DESCRIPTIONS[referral.status]}</p>
          <Outcome referral={referral} />
          <PartnerUpdates referral={referral} />
          <h2 className="govuk-heading-m">Summary</h2>
          <SummaryList rows={rows} />
          <h2 className="govuk-heading-m">Deadlines</h2>
          <DeadlinesSummary referral={referral} />
          <OrderSummary referral={referral} />
          {breaches.length > 0 && (
            <>
              <h3 className="govuk-heading-s">Breaches of the order</h3>
              <ul className="govuk-list govuk-list--bullet">
                {[...breaches]
                  .sort((a, b) => (a.occurredOn < b.occurredOn ? 1 : -1))
                  .map((breach) => (
                    <li key={breach.id}>
                      {formatDateTime(breach.recordedAt)} ({breach.recordedBy.name}): <Multiline text={breach.description} />
                      {breach.crimeReference ? ` Crime reference ${breach.crimeReference}.` : ''}
                    </li>
                  ))}
              </ul>
            </>
          )}
          {referral.victimLink && (
            <>
              <h2 className="govuk-heading-m">Victim link</h2>
              <VictimLinkSummary link={referral.victimLink} />
            </>
          )}
        </div>
        <div className="govuk-grid-column-one-third">
          <ReferralActions referral={referral} />
          <p className="govuk-body">
            <Link className="govuk-link" to={`/referrals/${referral.id}/timeline`}>
              See everything that has happened
            </Link>
          </p>
        </div>
      </div>
    </ReferralFrame>
  );
}

export function ReferralOverviewPage() {
  return <WithReferral>{(referral) => <Overview referral={referral} />}</WithReferral>;
}
