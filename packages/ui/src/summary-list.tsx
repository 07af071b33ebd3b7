import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { Link } from './link';

export interface SummaryListAction {
  href: string;
  text: string;
  /** Completes the link text for screen readers, e.g. "crime reference" for "Change crime reference". */
  visuallyHiddenText?: string;
}

export interface SummaryListRow {
  key: ReactNode;
  value: ReactNode;
  actions?: SummaryListAction[];
}

export interface SummaryListProps {
  rows: SummaryListRow[];
  noBorder?: boolean;
  className?: string;
}

function ActionLink({ action }: { action: SummaryListAction }) {
  return (
    <Link className="govuk-link" href={action.href}>
      {action.text}
      {action.visuallyHiddenText && <span className="govuk-visually-hidden"> {action.visuallyHiddenText}</span>}
    </Link>
  );
}

/** GOV.UK summary list (key / value / optional actions such as "Change"). */
export function SummaryList({ rows, noBorder, className }: SummaryListProps) {
  const anyActions = rows.some((row) => row.actions && row.actions.length > 0);
  return (
    <dl className={classNames('govuk-summary-list', noBorder && 'govuk-summary-list--no-border', className)}>
      {rows.map((row, index) => {
        const actions = row.actions ?? [];
        return (
          <div
            className={classNames('govuk-summary-list__row', anyActions && actions.length === 0 && 'govuk-summary-list__row--no-actions')}
            key={index}
          >
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value">{row.value}</dd>
            {actions.length === 1 && (
              <dd className="govuk-summary-list__actions">
                <ActionLink action={actions[0]} />
              </dd>
            )}
            {actions.length > 1 && (
              <dd className="govuk-summary-list__actions">
                <ul className="govuk-summary-list__actions-list">
                  {actions.map((action) => (
                    <li className="govuk-summary-list__actions-list-item" key={action.href + action.text}>
                      <ActionLink action={action} />
                    </li>
                  ))}
                </ul>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}

export interface SummaryCardProps {
  title: ReactNode;
  /** Heading level of the card title (default 2). */
  headingLevel?: 2 | 3 | 4;
  actions?: SummaryListAction[];
  children: ReactNode;
  id?: string;
}

/** GOV.UK summary card: a titled box around a summary list (or other content). */
export function SummaryCard({ title, headingLevel = 2, actions = [], children, id }: SummaryCardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="govuk-summary-card" id={id}>
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{title}</Heading>
        {actions.length > 0 && (
          <ul className="govuk-summary-card__actions">
            {actions.map((action) => (
              <li className="govuk-summary-card__action" key={action.href + action.text}>
                <ActionLink action={action} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}
