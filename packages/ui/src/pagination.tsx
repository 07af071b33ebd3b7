import type { ReactNode } from 'react';
import { Link } from './link';

/** A pagination target: a URL, or an action (cursor-based lists whose position is kept in state). */
export type PaginationTarget = { href: string; onClick?: never } | { onClick: () => void; href?: never };

export interface PaginationProps {
  previous?: PaginationTarget & { labelText?: string };
  next?: PaginationTarget & { labelText?: string };
  /** The landmark's label; default "Pagination". */
  label?: string;
}

const PREV_ICON = 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z';
const NEXT_ICON = 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z';

function PaginationLink({ target, rel, children }: { target: PaginationTarget; rel: 'prev' | 'next'; children: ReactNode }) {
  if (target.href !== undefined) {
    return (
      <Link className="govuk-link govuk-pagination__link" href={target.href} rel={rel}>
        {children}
      </Link>
    );
  }
  return (
    <button type="button" className="govuk-link govuk-pagination__link lantern-link-button" onClick={target.onClick}>
      {children}
    </button>
  );
}

/** GOV.UK pagination with "Previous" and "Next" (block style), for lists paged by cursor or by URL. */
export function Pagination({ previous, next, label = 'Pagination' }: PaginationProps) {
  if (!previous && !next) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      {previous && (
        <div className="govuk-pagination__prev">
          <PaginationLink target={previous} rel="prev">
            <svg className="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d={PREV_ICON} />
            </svg>
            <span className="govuk-pagination__link-title govuk-pagination__link-title--decorated">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
            {previous.labelText && (
              <>
                <span className="govuk-visually-hidden">:</span>
                <span className="govuk-pagination__link-label">{previous.labelText}</span>
              </>
            )}
          </PaginationLink>
        </div>
      )}
      {next && (
        <div className="govuk-pagination__next">
          <PaginationLink target={next} rel="next">
            <svg className="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d={NEXT_ICON} />
            </svg>
            <span className="govuk-pagination__link-title govuk-pagination__link-title--decorated">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            {next.labelText && (
              <>
                <span className="govuk-visually-hidden">:</span>
                <span className="govuk-pagination__link-label">{next.labelText}</span>
              </>
            )}
          </PaginationLink>
        </div>
      )}
    </nav>
  );
}
