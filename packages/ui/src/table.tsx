import type { ReactNode } from 'react';
import { classNames } from './class-names';

export type SortDirection = 'ascending' | 'descending' | 'none';

export interface TableHeadCell {
  /** Column heading. */
  text: string;
  /** Right-aligns the column (numbers). */
  numeric?: boolean;
  /**
   * Makes the column sortable (MoJ sortable table pattern): the heading becomes a button and `aria-sort`
   * tells assistive technology the current order. Sorting is done by the app (usually by the API).
   */
  sort?: { direction: SortDirection; onSort: () => void };
  className?: string;
}

export interface TableCell {
  content: ReactNode;
  numeric?: boolean;
  className?: string;
}

export interface TableProps {
  caption?: ReactNode;
  /** `m` or `l` for a visible caption heading; omit for a plain caption. */
  captionSize?: 's' | 'm' | 'l' | 'xl';
  /** Hides the caption visually (it is still read out). */
  captionHidden?: boolean;
  head: TableHeadCell[];
  /** Each row: a key (stable id) and its cells. */
  rows: Array<{ key: string; cells: Array<ReactNode | TableCell> }>;
  /** Renders the first cell of each row as a row header (`<th scope="row">`). */
  firstCellIsHeader?: boolean;
  /**
   * Wraps the table in a focusable, horizontally scrollable region so wide tables stay usable at 320px and
   * 200% zoom. Give it a label ("Referrals").
   */
  scrollLabel?: string;
  id?: string;
}

function isCell(cell: ReactNode | TableCell): cell is TableCell {
  return typeof cell === 'object' && cell !== null && 'content' in (cell as object);
}

function SortIcon({ direction }: { direction: SortDirection }) {
  const path =
    direction === 'ascending'
      ? 'M6.5625 15.5L11 6.63125L15.4375 15.5H6.5625Z'
      : direction === 'descending'
        ? 'M15.4375 7L11 15.8687L6.5625 7L15.4375 7Z'
        : 'M8.1875 9.5L10.9609 3.95703L13.7344 9.5H8.1875ZM13.7344 12.0781L10.9609 17.6211L8.1875 12.0781H13.7344Z';
  return (
    <svg width="22" height="22" focusable="false" aria-hidden="true" role="img" viewBox="0 0 22 22" fill="none" xmlns="http://www.w3.org/2000/svg">
      <path d={path} fill="currentColor" />
    </svg>
  );
}

/** GOV.UK table, with optional MoJ sortable column headings. */
export function Table({ caption, captionSize, captionHidden, head, rows, firstCellIsHeader, scrollLabel, id }: TableProps) {
  const table = (
    <table className="govuk-table" id={id}>
      {caption && (
        <caption
          className={classNames(
            'govuk-table__caption',
            captionSize && `govuk-table__caption--${captionSize}`,
            captionHidden && 'govuk-visually-hidden',
          )}
        >
          {caption}
          {head.some((cell) => cell.sort) && <span className="govuk-visually-hidden"> (column headers with buttons are sortable).</span>}
        </caption>
      )}
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((cell) => (
            <th
              key={cell.text}
              scope="col"
              className={classNames('govuk-table__header', cell.numeric && 'govuk-table__header--numeric', cell.className)}
              aria-sort={cell.sort ? cell.sort.direction : undefined}
            >
              {cell.sort ? (
                <button type="button" onClick={cell.sort.onSort}>
                  {cell.text}
                  <SortIcon direction={cell.sort.direction} />
                </button>
              ) : (
                cell.text
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.key}>
            {row.cells.map((cell, index) => {
              const content = isCell(cell) ? cell.content : cell;
              const numeric = isCell(cell) && cell.numeric;
              const extra = isCell(cell) ? cell.className : undefined;
              if (index === 0 && firstCellIsHeader) {
                return (
                  <th scope="row" className={classNames('govuk-table__header', extra)} key={index}>
                    {content}
                  </th>
                );
              }
              return (
                <td className={classNames('govuk-table__cell', numeric && 'govuk-table__cell--numeric', extra)} key={index}>
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!scrollLabel) return table;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a region that scrolls must take focus so keyboard users can scroll it (WCAG 2.1.1; axe scrollable-region-focusable)
    <div className="lantern-table-scroll" role="region" aria-label={scrollLabel} tabIndex={0}>
      {table}
    </div>
  );
}
