import { CONTACT_ATTEMPT_OUTCOMES, RISK_LEVELS, SAFEGUARDING_UPDATE_KINDS } from '@lantern/schema/vocabularies';
import { formatDateTime } from '@lantern/ui/dates';
import { useTitle } from '@lantern/client/page-title';
import { Table } from '@lantern/ui/table';
import { Tag } from '@lantern/ui/tag';
import { useCaseOutlet } from './case-layout';
import type { CaseReferral } from './use-referral-case';

type Update = CaseReferral['safeguardingUpdates'][number];

function UpdateItem({ update }: { update: Update }) {
  return (
    <article className="lantern-update" aria-labelledby={`update-${update.id}`}>
      <h4 className="govuk-heading-s govuk-!-margin-bottom-1" id={`update-${update.id}`}>
        {SAFEGUARDING_UPDATE_KINDS.labels[update.kind]}
      </h4>
      <p className="govuk-body-s govuk-!-margin-bottom-2">{`${update.postedBy.name}, ${formatDateTime(update.postedAt)}`}</p>
      <p className="govuk-body lantern-pre-line lantern-break-words">{update.text}</p>
      <p className="govuk-body lantern-update__tags">
        {update.newRiskLevel && <Tag colour="orange">{`Risk now ${RISK_LEVELS.labels[update.newRiskLevel].toLowerCase()}`}</Tag>}{' '}
        {update.needsPoliceAction && <Tag colour="red">Needs police action</Tag>}{' '}
        {update.urgent && !update.needsPoliceAction && <Tag colour="red">Urgent</Tag>}{' '}
        {update.visibleToVictim ? <Tag colour="turquoise">Victim can see this</Tag> : <Tag colour="grey">Not shown to victim</Tag>}
      </p>
      {update.urgent && (
        <p className="govuk-body-s">
          {update.acknowledgedAt
            ? `Acknowledged by ${update.acknowledgedBy?.name ?? 'the police'} on ${formatDateTime(update.acknowledgedAt)}`
            : 'Not yet acknowledged by the police'}
        </p>
      )}
    </article>
  );
}

/** Contact attempts and safeguarding updates, newest first. */
export function ActivityPage() {
  const { referral } = useCaseOutlet();
  useTitle(`Referral ${referral.reference} contact and updates`);
  const attempts = [...referral.contactAttempts].sort((a, b) => b.attemptedAt.localeCompare(a.attemptedAt));
  const updates = [...referral.safeguardingUpdates].sort((a, b) => b.postedAt.localeCompare(a.postedAt));
  return (
    <>
      <h2 className="govuk-heading-m">Contact and updates</h2>
      <h3 className="govuk-heading-s">Contact attempts</h3>
      {attempts.length === 0 ? (
        <p className="govuk-body">No contact attempts have been recorded.</p>
      ) : (
        <Table
          caption="Contact attempts"
          captionHidden
          scrollLabel="Contact attempts"
          head={[{ text: 'When' }, { text: 'Outcome' }, { text: 'Note' }, { text: 'By' }]}
          rows={attempts.map((attempt) => ({
            key: attempt.id,
            cells: [
              formatDateTime(attempt.attemptedAt),
              <strong key="o">{CONTACT_ATTEMPT_OUTCOMES.labels[attempt.outcome]}</strong>,
              <span key="n" className="lantern-pre-line lantern-break-words">
                {attempt.note ?? ''}
              </span>,
              attempt.recordedBy.name,
            ],
          }))}
        />
      )}
      <h3 className="govuk-heading-s">Safeguarding updates</h3>
      {updates.length === 0 ? (
        <p className="govuk-body">No safeguarding updates have been posted.</p>
      ) : (
        updates.map((update) => <UpdateItem key={update.id} update={update} />)
      )}
    </>
  );
}
