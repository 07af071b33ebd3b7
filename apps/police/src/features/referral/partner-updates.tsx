import { useMutation } from '@apollo/client/react';
import { formatDateTime } from '@lantern/ui/dates';
import { Button } from '@lantern/ui/button';
import { Tag } from '@lantern/ui/tag';
import { CONTACT_ATTEMPT_OUTCOMES, RISK_LEVELS, SAFEGUARDING_UPDATE_KINDS } from '@lantern/schema/vocabularies';
import { useState } from 'react';
import { readApiProblem } from '@lantern/client/api-problem';
import { AcknowledgeSafeguardingUpdateDocument, ReferralCountsDocument, type ReferralFieldsFragment } from '../../gql/graphql';
import { Multiline } from '../referrals/multiline';

type Update = ReferralFieldsFragment['safeguardingUpdates'][number];

function UpdateItem({ update, canAcknowledge }: { update: Update; canAcknowledge: boolean }) {
  const [acknowledge, { loading }] = useMutation(AcknowledgeSafeguardingUpdateDocument, { refetchQueries: [ReferralCountsDocument] });
  const [problem, setProblem] = useState<string | null>(null);
  const waiting = update.urgent && !update.acknowledgedAt;
  const onAcknowledge = async () => {
    setProblem(null);
    try {
      await acknowledge({ variables: { input: { updateId: update.id } } });
    } catch (error) {
      const found = readApiProblem(error);
      if (found.code !== 'UNAUTHENTICATED') setProblem(found.message);
    }
  };
  return (
    <li className={waiting ? 'lantern-urgent' : 'govuk-!-margin-bottom-6'}>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
        {SAFEGUARDING_UPDATE_KINDS.labels[update.kind]} {update.urgent && <Tag colour="red">Urgent</Tag>}
      </h3>
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        {update.postedBy.name}, {formatDateTime(update.postedAt)}
      </p>
      <p className="govuk-body">
        <Multiline text={update.text} />
      </p>
      {update.newRiskLevel && <p className="govuk-body">Risk now assessed as {RISK_LEVELS.labels[update.newRiskLevel].toLowerCase()}.</p>}
      {update.needsPoliceAction && <p className="govuk-body govuk-!-font-weight-bold">The service asks the police to act.</p>}
      {problem && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      )}
      {update.acknowledgedAt ? (
        <p className="govuk-body-s">
          Acknowledged {update.acknowledgedBy ? `by ${update.acknowledgedBy.name} ` : ''}
          {formatDateTime(update.acknowledgedAt)}
        </p>
      ) : (
        waiting &&
        canAcknowledge && (
          <Button type="button" variant="secondary" className="govuk-!-margin-bottom-0" onClick={() => void onAcknowledge()} disabled={loading}>
            Acknowledge<span className="govuk-visually-hidden"> {SAFEGUARDING_UPDATE_KINDS.labels[update.kind].toLowerCase()} update</span>
          </Button>
        )
      )}
    </li>
  );
}

/** The service's safeguarding updates (urgent ones first until acknowledged) and contact attempts. */
export function PartnerUpdates({ referral }: { referral: ReferralFieldsFragment }) {
  const canAcknowledge = referral.availableActions.includes('ACKNOWLEDGE_SAFEGUARDING_UPDATE');
  const byNewest = [...referral.safeguardingUpdates].sort((a, b) => (a.postedAt < b.postedAt ? 1 : -1));
  const waiting = byNewest.filter((u) => u.urgent && !u.acknowledgedAt);
  const others = byNewest.filter((u) => !(u.urgent && !u.acknowledgedAt));
  const attempts = [...referral.contactAttempts].sort((a, b) => (a.attemptedAt < b.attemptedAt ? 1 : -1));
  return (
    <>
      {waiting.length > 0 && (
        <section aria-labelledby="urgent-heading">
          <h2 className="govuk-heading-m" id="urgent-heading">
            Urgent updates to acknowledge
          </h2>
          <ul className="govuk-list">
            {waiting.map((update) => (
              <UpdateItem key={update.id} update={update} canAcknowledge={canAcknowledge} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="updates-heading">
        <h2 className="govuk-heading-m" id="updates-heading">
          Updates from the service
        </h2>
        {others.length === 0 && waiting.length === 0 ? (
          <p className="govuk-body">No updates yet.</p>
        ) : others.length === 0 ? (
          <p className="govuk-body">No other updates.</p>
        ) : (
          <ul className="govuk-list">
            {others.map((update) => (
              <UpdateItem key={update.id} update={update} canAcknowledge={canAcknowledge} />
            ))}
          </ul>
        )}
        {attempts.length > 0 && (
          <>
            <h3 className="govuk-heading-s">Attempts to contact the victim</h3>
            <ul className="govuk-list govuk-list--bullet">
              {attempts.map((attempt) => (
                <li key={attempt.id}>
                  {formatDateTime(attempt.attemptedAt)}: {CONTACT_ATTEMPT_OUTCOMES.labels[attempt.outcome]} ({attempt.recordedBy.name})
                  {attempt.note ? (
                    <>
                      {' '}
                      – <Multiline text={attempt.note} />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
