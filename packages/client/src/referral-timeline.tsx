import { formatDateTime } from '@lantern/ui/dates';
import { Timeline } from '@lantern/ui/timeline';

/** One event of a referral's timeline, as the API gives it. */
export interface TimelineEvent {
  id: string;
  summary: string;
  /** ISO date and time. */
  at: string;
  actor?: { name: string } | null;
  organisationName?: string | null;
}

/** Newest first; events at the same moment keep the API's order, reversed. */
function newestFirst<E extends TimelineEvent>(events: readonly E[]): E[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => (a.event.at === b.event.at ? b.index - a.index : a.event.at < b.event.at ? 1 : -1))
    .map(({ event }) => event);
}

/** Everything that happened to a referral, newest first, with who did it (MoJ timeline under an h2). */
export function ReferralTimeline({ events }: { events: readonly TimelineEvent[] }) {
  const ordered = newestFirst(events);
  return (
    <>
      <h2 className="govuk-heading-m">Timeline</h2>
      {ordered.length === 0 ? (
        <p className="govuk-body">Nothing has happened yet.</p>
      ) : (
        <Timeline
          headingLevel={3}
          items={ordered.map((event) => ({
            id: event.id,
            label: event.summary,
            byline: event.actor
              ? `${event.actor.name}${event.organisationName ? `, ${event.organisationName}` : ''}`
              : (event.organisationName ?? undefined),
            datetime: event.at,
            dateText: formatDateTime(event.at),
          }))}
        />
      )}
    </>
  );
}
