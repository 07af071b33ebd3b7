import { formatDateTime } from '@lantern/ui/dates';
import { usePageTitle } from '@lantern/ui/page-title';
import { Timeline } from '@lantern/ui/timeline';
import { SERVICE_NAME } from '../../ui/service-name';
import { useCaseOutlet } from './case-layout';

/** Everything that happened to the referral, newest first, with who did it. */
export function TimelinePage() {
  const { referral } = useCaseOutlet();
  usePageTitle(`Referral ${referral.reference} timeline`, SERVICE_NAME);
  const events = [...referral.timeline].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <>
      <h2 className="govuk-heading-m">Timeline</h2>
      {events.length === 0 ? (
        <p className="govuk-body">Nothing has happened yet.</p>
      ) : (
        <Timeline
          headingLevel={3}
          items={events.map((event) => ({
            id: event.id,
            label: event.summary,
            byline: event.actor ? `${event.actor.name}${event.organisationName ? `, ${event.organisationName}` : ''}` : event.organisationName ?? undefined,
            datetime: event.at,
            dateText: formatDateTime(event.at),
          }))}
        />
      )}
    </>
  );
}
