import { formatDateTime } from '@lantern/ui/dates';
import { Timeline } from '@lantern/ui/timeline';
import { ReferralFrame } from './referral-frame';
import { WithReferral } from './with-referral';

/** Everything that happened to the referral, newest first (MoJ timeline). */
export function ReferralTimelinePage() {
  return (
    <WithReferral>
      {(referral) => {
        // Newest first; events at the same moment keep the API's order, reversed.
        const events = referral.timeline
          .map((event, index) => ({ event, index }))
          .sort((a, b) => (a.event.at === b.event.at ? b.index - a.index : a.event.at < b.event.at ? 1 : -1))
          .map(({ event }) => event);
        return (
          <ReferralFrame referral={referral} view="timeline">
            <h2 className="govuk-heading-m">Timeline</h2>
            {events.length === 0 ? (
              <p className="govuk-body">Nothing has happened yet.</p>
            ) : (
              <Timeline
                headingLevel={3}
                items={events.map((event) => ({
                  id: event.id,
                  label: event.summary,
                  byline: event.actor ? `${event.actor.name}${event.organisationName ? `, ${event.organisationName}` : ''}` : event.organisationName,
                  datetime: event.at,
                  dateText: formatDateTime(event.at),
                }))}
              />
            )}
          </ReferralFrame>
        );
      }}
    </WithReferral>
  );
}
