import type { ReactNode } from 'react';

export interface TimelineItem {
  /** Stable key. */
  id: string;
  /** What happened ("Referral sent"). */
  label: ReactNode;
  /** Who did it; shown as "by <byline>". */
  byline?: ReactNode;
  /** ISO date-time, for the `<time datetime>` attribute. */
  datetime: string;
  /** The date as people read it ("4 June 2026 at 2:30pm"). */
  dateText: string;
  description?: ReactNode;
}

/** MoJ timeline: a list of events, newest first, with who did what and when. */
export function Timeline({ items, headingLevel = 2 }: { items: TimelineItem[]; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="moj-timeline">
      {items.map((item) => (
        <div className="moj-timeline__item" key={item.id}>
          <div className="moj-timeline__header">
            <Heading className="moj-timeline__title">{item.label}</Heading>{' '}
            {item.byline && <p className="moj-timeline__byline">by {item.byline}</p>}
          </div>
          <p className="moj-timeline__date">
            <time dateTime={item.datetime}>{item.dateText}</time>
          </p>
          {item.description && <div className="moj-timeline__description">{item.description}</div>}
        </div>
      ))}
    </div>
  );
}
