import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { LIMITS } from '@lantern/schema/limits';
import { Pagination } from '@lantern/ui/pagination';
import type { ReferralFilter, ReferralListQuery, ReferralSort } from '../../../gql/graphql';
import { readApiProblem } from '@lantern/client/api-problem';
import { Loading } from '@lantern/client/loading';
import { ReferralListDocument } from '../../../gql/graphql';

export type ReferralListItem = ReferralListQuery['referrals']['edges'][number]['node'];

export interface PageState {
  /** Cursors of the pages before this one (empty on the first page). */
  previousCursors: Array<string | null>;
  after: string | null;
}

export const FIRST_PAGE: PageState = { previousCursors: [], after: null };

/**
 * Loads one page of referrals (cursor pagination) and renders it with `renderItems`, with "Previous" and
 * "Next" and a count. An empty result shows `emptyMessage`.
 */
export function ReferralPageOfResults({
  filter,
  sort,
  page,
  onPageChange,
  emptyMessage,
  renderItems,
}: {
  filter: ReferralFilter;
  sort: ReferralSort;
  page: PageState;
  onPageChange: (page: PageState) => void;
  emptyMessage: ReactNode;
  renderItems: (items: ReferralListItem[], totalCount: number) => ReactNode;
}) {
  const pageSize = LIMITS.pageSize.default;
  const { data, previousData, error, refetch } = useQuery(ReferralListDocument, {
    variables: { filter, sort, first: pageSize, after: page.after },
  });
  const shown = data ?? previousData;
  if (!shown) {
    if (error) {
      return (
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">The referrals could not be loaded</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{readApiProblem(error).message}</p>
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => void refetch()}>
              Try again
            </button>
          </div>
        </div>
      );
    }
    return <Loading what="Loading referrals" />;
  }
  const { edges, totalCount, pageInfo } = shown.referrals;
  if (edges.length === 0) return <p className="govuk-body">{emptyMessage}</p>;
  const firstNumber = page.previousCursors.length * pageSize + 1;
  return (
    <>
      <p className="govuk-body" role="status">
        {`Showing ${firstNumber} to ${firstNumber + edges.length - 1} of ${totalCount} ${totalCount === 1 ? 'referral' : 'referrals'}`}
      </p>
      {renderItems(
        edges.map((edge) => edge.node),
        totalCount,
      )}
      <Pagination
        label="Pages of referrals"
        previous={
          page.previousCursors.length > 0
            ? {
                onClick: () =>
                  onPageChange({
                    previousCursors: page.previousCursors.slice(0, -1),
                    after: page.previousCursors[page.previousCursors.length - 1] ?? null,
                  }),
              }
            : undefined
        }
        next={
          pageInfo.hasNextPage && pageInfo.endCursor
            ? { onClick: () => onPageChange({ previousCursors: [...page.previousCursors, page.after], after: pageInfo.endCursor }) }
            : undefined
        }
      />
    </>
  );
}
