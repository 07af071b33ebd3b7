import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button } from '@lantern/ui/button';
import { formatDateTime } from '@lantern/ui/dates';
import { NotificationBanner } from '@lantern/ui/notification-banner';
import { useState } from 'react';
import { ReferralChangesDocument, ReferralDocument } from '../gql/graphql';

export interface ConflictNoticeProps {
  referralId: string;
  /** When the officer's copy was last changed (`updatedAt` they loaded): later events are what changed. */
  loadedUpdatedAt: string;
  /** Called after the referral has been reloaded, so the page can clear the notice. */
  onReloaded: () => void;
}

/**
 * Someone else changed the referral first (CONFLICT). Says what changed and lets the officer reload the
 * referral without losing what they typed: the form keeps its own state, only the referral is refetched.
 */
export function ConflictNotice({ referralId, loadedUpdatedAt, onReloaded }: ConflictNoticeProps) {
  const client = useApolloClient();
  const [reloading, setReloading] = useState(false);
  const { data } = useQuery(ReferralChangesDocument, { variables: { id: referralId }, fetchPolicy: 'no-cache' });
  const changes = (data?.referral?.timeline ?? []).filter((event) => event.at > loadedUpdatedAt).sort((a, b) => (a.at < b.at ? 1 : -1));

  const reload = async () => {
    setReloading(true);
    try {
      await client.query({ query: ReferralDocument, variables: { id: referralId }, fetchPolicy: 'network-only' });
      onReloaded();
    } finally {
      setReloading(false);
    }
  };

  return (
    <NotificationBanner title="Important" heading="This referral was changed after you opened it">
      {changes.length > 0 ? (
        <>
          <p className="govuk-body">What changed:</p>
          <ul className="govuk-list govuk-list--bullet">
            {changes.map((event) => (
              <li key={event.id}>
                {event.summary}
                {event.actor ? ` (${event.actor.name}, ${formatDateTime(event.at)})` : ` (${formatDateTime(event.at)})`}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="govuk-body">The change has been saved. Reload to see it.</p>
      )}
      <p className="govuk-body">
        Nothing you typed on this page has been lost. Reload the referral, check your answers still make sense, then save again.
      </p>
      <Button type="button" variant="secondary" onClick={() => void reload()} disabled={reloading}>
        Reload the referral
      </Button>
    </NotificationBanner>
  );
}
