import { formatDate, formatDateTime } from '@lantern/ui/dates';
import { SummaryCard, SummaryList, type SummaryListRow } from '@lantern/ui/summary-list';
import { Tag } from '@lantern/ui/tag';
import { CONSENT_METHODS, CONSENT_PURPOSES } from '@lantern/schema/vocabularies';
import type { AuthorisationState, ReferralFieldsFragment } from '../../gql/graphql';
import { yesNoLabel } from './labels';
import { MissingSection } from './missing-section';
import { LabelList, Multiline } from './multiline';

const AUTHORISATION: Record<AuthorisationState, { text: string; colour: 'yellow' | 'green' | 'red' }> = {
  REQUESTED: { text: 'Waiting for a supervisor', colour: 'yellow' },
  AUTHORISED: { text: 'Authorised', colour: 'green' },
  REFUSED: { text: 'Refused', colour: 'red' },
};

/** Consent (or the safeguarding reason and the supervisor's decision) and any withdrawal. */
export function ConsentSummary({ referral, changeHref, id }: { referral: ReferralFieldsFragment; changeHref?: string; id?: string }) {
  const { consent, noConsentAuthorisation: authorisation } = referral;
  const title = 'Consent';
  if (!consent && !authorisation) return <MissingSection title={title} href={changeHref} id={id} />;
  const change = (what: string) => (changeHref ? [{ href: changeHref, text: 'Change', visuallyHiddenText: what }] : undefined);
  const rows: SummaryListRow[] = [];
  if (consent?.given) {
    rows.push(
      { key: 'Victim agreed to the referral', value: 'Yes', actions: change('consent') },
      { key: 'Given by', value: consent.givenBy ?? 'Not recorded', actions: change('who gave consent') },
      { key: 'Date given', value: consent.givenAt ? formatDate(consent.givenAt) : 'Not recorded', actions: change('date consent was given') },
      { key: 'How', value: consent.method ? CONSENT_METHODS.labels[consent.method] : 'Not recorded', actions: change('how consent was given') },
      { key: 'What the victim was told', value: <Multiline text={consent.whatVictimWasTold} />, actions: change('what the victim was told') },
      { key: 'Service named', value: consent.namedService?.name ?? 'Not recorded', actions: change('service named') },
      { key: 'Agreed uses', value: <LabelList items={consent.purposes.map((p) => CONSENT_PURPOSES.labels[p])} />, actions: change('agreed uses') },
    );
    if (consent.takenBy) rows.push({ key: 'Recorded by', value: `${consent.takenBy.name}, ${formatDateTime(consent.recordedAt)}` });
    if (consent.withdrawnAt) {
      rows.push({
        key: 'Consent withdrawn',
        value: (
          <>
            {formatDateTime(consent.withdrawnAt)}
            {consent.withdrawalRecordedBy ? ` by ${consent.withdrawalRecordedBy.name}` : ''}
            <br />
            <Multiline text={consent.withdrawalReason} />
          </>
        ),
      });
    }
  } else {
    rows.push({ key: 'Victim agreed to the referral', value: 'No', actions: change('consent') });
    if (consent) rows.push({ key: 'Victim knows about the referral', value: yesNoLabel(consent.victimAwareOfReferral), actions: change('whether the victim knows') });
  }
  if (authorisation) {
    const state = AUTHORISATION[authorisation.state];
    rows.push(
      { key: 'Reason to refer without consent', value: <Multiline text={authorisation.reason} />, actions: change('reason to refer without consent') },
      { key: 'Safeguarding basis', value: <Multiline text={authorisation.safeguardingBasis} />, actions: change('safeguarding basis') },
      {
        key: "Supervisor's authorisation",
        value: (
          <>
            <Tag colour={state.colour}>{state.text}</Tag>
            {authorisation.decidedBy && authorisation.decidedAt && (
              <span className="govuk-!-display-block govuk-!-margin-top-1">
                {authorisation.decidedBy.name}, {formatDateTime(authorisation.decidedAt)}
              </span>
            )}
            {authorisation.decisionNote && (
              <span className="govuk-!-display-block govuk-!-margin-top-1">
                <Multiline text={authorisation.decisionNote} />
              </span>
            )}
          </>
        ),
      },
    );
  }
  return (
    <SummaryCard title={title} id={id}>
      <SummaryList rows={rows} />
    </SummaryCard>
  );
}
