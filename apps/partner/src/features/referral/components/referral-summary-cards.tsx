import type { ReactNode } from 'react';
import { FOUR_INDICATORS } from '@lantern/schema/questionnaires';
import { CONSENT_METHODS, CONSENT_PURPOSES, OFFENCE_CLASSIFICATIONS, ORDER_DECISIONS, SUSPECT_RELATIONSHIPS } from '@lantern/schema/vocabularies';
import { formatDate, formatDateTime } from '@lantern/ui/dates';
import { SummaryCard, SummaryList, type SummaryListRow } from '@lantern/ui/summary-list';
import { withheldNotice, type CaseReferral } from '../use-referral-case';

const notRecorded = 'Not recorded';

function List({ items }: { items: string[] }) {
  if (items.length === 0) return <>{notRecorded}</>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function Text({ children }: { children: ReactNode }) {
  return <span className="lantern-pre-line lantern-break-words">{children}</span>;
}

export function CrimeCard({ referral }: { referral: CaseReferral }) {
  const rows: SummaryListRow[] = [
    { key: 'Crime reference', value: <Text>{referral.crimeReference}</Text> },
    { key: 'Reported to police', value: formatDateTime(referral.reportedAt) },
    { key: 'Offences', value: withheldNotice(referral, 'OFFENCES') ?? <List items={referral.offenceClassifications.map((o) => OFFENCE_CLASSIFICATIONS.labels[o])} /> },
    {
      key: 'FOUR indicators',
      value: withheldNotice(referral, 'OFFENCES') ?? <List items={FOUR_INDICATORS.filter((f) => referral.fourIndicators.includes(f.key)).map((f) => f.label)} />,
    },
    {
      key: 'Relationship to the suspect',
      value: referral.suspectRelationship
        ? SUSPECT_RELATIONSHIPS.labels[referral.suspectRelationship]
        : (withheldNotice(referral, 'SUSPECT_RELATIONSHIP') ?? notRecorded),
    },
    { key: 'Circumstances', value: <Text>{referral.circumstances ?? withheldNotice(referral, 'CIRCUMSTANCES') ?? notRecorded}</Text> },
  ];
  return (
    <SummaryCard headingLevel={3} title="Crime and stalking behaviour">
      <SummaryList rows={rows} />
    </SummaryCard>
  );
}

export function VictimCard({ referral }: { referral: CaseReferral }) {
  const { victim } = referral;
  const details = withheldNotice(referral, 'VICTIM_DETAILS');
  const rows: SummaryListRow[] = [{ key: 'Name', value: <Text>{victim.fullName}</Text> }];
  if (details) {
    rows.push({ key: 'Other details', value: details });
    return (
      <SummaryCard headingLevel={3} title="Victim">
        <SummaryList rows={rows} />
      </SummaryCard>
    );
  }
  rows.push(
    { key: 'Date of birth', value: victim.dateOfBirth ? formatDate(victim.dateOfBirth) : notRecorded },
    { key: 'Area', value: victim.area ?? notRecorded },
    { key: 'Postcode', value: victim.postcode ?? withheldNotice(referral, 'VICTIM_SAFE_CONTACT') ?? notRecorded },
    { key: 'Language', value: `${victim.language ?? notRecorded}${victim.interpreterNeeded ? ' (interpreter needed)' : ''}` },
    { key: 'Accessibility needs', value: <Text>{victim.accessibilityNeeds ?? 'None recorded'}</Text> },
  );
  return (
    <SummaryCard headingLevel={3} title="Victim">
      <SummaryList rows={rows} />
    </SummaryCard>
  );
}

export function ConsentCard({ referral }: { referral: CaseReferral }) {
  const { consent, noConsentAuthorisation: authorisation } = referral;
  const rows: SummaryListRow[] = [];
  if (consent) {
    rows.push(
      { key: 'Consent given', value: consent.given ? 'Yes' : 'No' },
      { key: 'Given by', value: <Text>{consent.givenBy ?? notRecorded}</Text> },
      { key: 'When', value: consent.givenAt ? formatDateTime(consent.givenAt) : notRecorded },
      { key: 'How', value: consent.method ? CONSENT_METHODS.labels[consent.method] : notRecorded },
      { key: 'Taken by', value: consent.takenBy?.name ?? notRecorded },
      { key: 'What the victim was told', value: <Text>{consent.whatVictimWasTold ?? notRecorded}</Text> },
      { key: 'Named service', value: consent.namedService?.name ?? notRecorded },
      { key: 'Agreed purposes', value: <List items={consent.purposes.map((p) => CONSENT_PURPOSES.labels[p])} /> },
      { key: 'Victim knows about the referral', value: consent.victimAwareOfReferral ? 'Yes' : 'No' },
    );
    if (consent.withdrawnAt) {
      rows.push({ key: 'Withdrawn', value: <Text>{`${formatDateTime(consent.withdrawnAt)}${consent.withdrawalReason ? `: ${consent.withdrawalReason}` : ''}`}</Text> });
    }
  }
  if (authorisation) {
    rows.push(
      { key: 'Sent without consent because', value: <Text>{authorisation.reason}</Text> },
      { key: 'Safeguarding basis', value: <Text>{authorisation.safeguardingBasis}</Text> },
      {
        key: 'Supervisor’s decision',
        value: authorisation.decidedBy
          ? `${authorisation.state === 'AUTHORISED' ? 'Authorised' : 'Refused'} by ${authorisation.decidedBy.name}${authorisation.decidedAt ? ` on ${formatDateTime(authorisation.decidedAt)}` : ''}`
          : 'Waiting for a supervisor',
      },
    );
  }
  return (
    <SummaryCard headingLevel={3} title="Consent">
      {rows.length > 0 ? (
        <SummaryList rows={rows} />
      ) : (
        <p className="govuk-body">{withheldNotice(referral, 'CONSENT') ?? 'No consent has been recorded.'}</p>
      )}
    </SummaryCard>
  );
}

export function StalkingProtectionOrderCard({ referral }: { referral: CaseReferral }) {
  const order = referral.stalkingProtectionOrder;
  if (!order) {
    return (
      <SummaryCard headingLevel={3} title="Stalking Protection Order">
        <p className="govuk-body">
          {withheldNotice(referral, 'ORDER_DECISION') ?? 'The police have not recorded anything about a Stalking Protection Order.'}
        </p>
      </SummaryCard>
    );
  }
  const details = withheldNotice(referral, 'ORDER_DETAILS');
  const rows: SummaryListRow[] = [
    { key: 'Considered', value: order.considered ? 'Yes' : 'No' },
    { key: 'Decision', value: ORDER_DECISIONS.labels[order.decision] },
    { key: 'Rationale', value: <Text>{order.rationale ?? details ?? notRecorded}</Text> },
    { key: 'Interim order made', value: order.interimMadeOn ? formatDate(order.interimMadeOn) : 'No' },
    { key: 'Full order made', value: order.fullMadeOn ? formatDate(order.fullMadeOn) : 'No' },
    { key: 'Conditions', value: <Text>{order.conditions ?? details ?? 'None recorded'}</Text> },
    { key: 'Expires', value: order.expiresOn ? formatDate(order.expiresOn) : notRecorded },
    {
      key: 'Breaches',
      value:
        order.breaches.length === 0 ? (
          (details ?? 'None recorded')
        ) : (
          <ul className="govuk-list govuk-!-margin-bottom-0">
            {order.breaches.map((breach) => (
              <li key={breach.id}>
                <Text>{`${formatDate(breach.occurredOn)}: ${breach.description}${breach.crimeReference ? ` (crime reference ${breach.crimeReference})` : ''}`}</Text>
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <SummaryCard headingLevel={3} title="Stalking Protection Order">
      <SummaryList rows={rows} />
    </SummaryCard>
  );
}
