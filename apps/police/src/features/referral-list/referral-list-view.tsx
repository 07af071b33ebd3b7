import { useQuery } from '@apollo/client/react';
import { FilterLayout } from '@lantern/ui/filter';
import { Pagination } from '@lantern/ui/pagination';
import { LIMITS } from '@lantern/schema/limits';
import { useListState } from '@lantern/client/list-state';
import { FilterServicesDocument, ReferralListDocument, type ReferralSort } from '../../gql/graphql';
import { readApiProblem } from '@lantern/client/api-problem';
import { Loading } from '@lantern/client/loading';
import { INITIAL_LIST_STATE, isFiltered, toApiFilter, type ListFilters, type ListScope, type ListState } from './list-filters';
import { ReferralCounts } from './referral-counts';
import { ReferralFilter } from './referral-filter';
import { ReferralTable } from './referral-table';

const PAGE_SIZE = LIMITS.pageSize.default;

/** A filterable, sortable, paged list of referrals with counts at the top. */
export function ReferralListView({ scope, caption }: { scope: ListScope; caption: string }) {
  // Survives going to a referral and back, but not signing out or a reload (never stored).
  const [state, setState] = useListState<ListState>(`referrals:${scope}`, INITIAL_LIST_STATE);
  const page = state.cursors.length;
  const after = state.cursors[state.cursors.length - 1];
  const { data, previousData, loading, error, refetch } = useQuery(ReferralListDocument, {
    variables: { filter: toApiFilter(scope, state.filters), sort: state.sort, first: PAGE_SIZE, after },
  });
  const services = useQuery(FilterServicesDocument);
  const shown = data ?? previousData;
  const connection = shown?.referrals;

  const applyFilters = (filters: ListFilters) => setState({ ...state, filters, cursors: [null] });
  const sortBy = (sort: ReferralSort) => setState({ ...state, sort, cursors: [null] });

  const first = (page - 1) * PAGE_SIZE + 1;
  const count = connection?.edges.length ?? 0;

  let results;
  if (error && !shown) {
    results = (
      <p className="govuk-body">
        {readApiProblem(error).message}{' '}
        <button type="button" className="lantern-link-button" onClick={() => void refetch()}>
          Try again
        </button>
      </p>
    );
  } else if (!connection) {
    results = <Loading what="Loading referrals" />;
  } else if (connection.totalCount === 0) {
    results = (
      <p className="govuk-body" role="status">
        {isFiltered(state.filters) ? 'No referrals match the filters.' : 'There are no referrals yet.'}
      </p>
    );
  } else {
    results = (
      <>
        <p className="govuk-body" role="status">
          Showing {first} to {first + count - 1} of {connection.totalCount} referrals
          {loading ? <span className="govuk-visually-hidden"> (updating)</span> : null}
        </p>
        <ReferralTable
          referrals={connection.edges.map((edge) => edge.node)}
          sort={state.sort}
          onSort={sortBy}
          showOfficer={scope === 'force'}
          caption={caption}
        />
        <Pagination
          previous={page > 1 ? { onClick: () => setState({ ...state, cursors: state.cursors.slice(0, -1) }) } : undefined}
          next={
            connection.pageInfo.hasNextPage && connection.pageInfo.endCursor
              ? { onClick: () => setState({ ...state, cursors: [...state.cursors, connection.pageInfo.endCursor] }) }
              : undefined
          }
        />
      </>
    );
  }

  return (
    <>
      <ReferralCounts scope={scope} onShow={applyFilters} />
      <FilterLayout
        filter={<ReferralFilter applied={state.filters} onApply={applyFilters} services={services.data?.serviceDirectory ?? []} />}
      >
        {results}
      </FilterLayout>
    </>
  );
}
