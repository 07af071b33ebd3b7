import { Link } from 'react-router';
import { SummaryCard } from '@lantern/ui/summary-list';

/** A summary card for a section that has not been filled in yet. */
export function MissingSection({ title, href, id, text = 'Not completed yet.' }: { title: string; href?: string; id?: string; text?: string }) {
  return (
    <SummaryCard title={title} id={id}>
      <p className="govuk-body">{text}</p>
      {href && (
        <p className="govuk-body">
          <Link className="govuk-link" to={href}>
            Complete this section<span className="govuk-visually-hidden">: {title}</span>
          </Link>
        </p>
      )}
    </SummaryCard>
  );
}
