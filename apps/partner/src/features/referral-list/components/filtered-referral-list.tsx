import type { ReferralStatus } from '@lantern/schema/referral-status';
import { FilterLayout } from '@lantern/ui/filter';
import { Select } from '@lantern/ui/select';
import type { ReferralFilter, ReferralSort } from '../../../gql/graphql';
import { useListState } from '@lantern/client/list-state';
import { ListFilters, type ListFilterValues } from './list-filters';
import { FIRST_PAGE, ReferralPageOfResults, type PageState } from './referral-page-of-results';
import { ReferralTable, type ReferralColumn } from './referral-table';

const SORTS: Array<{ value: ReferralSort; text: string }> = [
  { value: 'PRIORITY', text: 'What needs doing next' },
  { value: 'NEXT_DEADLINE', text: 'Next deadline' },
  { value: 'NEWEST', text: 'Newest first' },
  { value: 'OLDEST', text: 'Oldest first' },
];

export function toReferralFilter(base: ReferralFilter, values: ListFilterValues): ReferralFilter {
  return {
    ...base,
    ...(values.statuses.length > 0 ? { statuses: values.statuses } : {}),
    ...(values.riskLevels.length > 0 ? { riskLevels: values.riskLevels } : {}),
    ...(values.overdueOnly ? { overdue: true } : {}),
    ...(values.search ? { search: values.search } : {}),
  };
}

/** A referral list with the MoJ filter panel, a sort order and pages; its state survives visits to cases. */
export function FilteredReferralList({
  listKey,
  baseFilter,
  statusChoices,
  defaultFilters,
  columns,
  caption,
  emptyMessage,
}: {
  listKey: string;
  baseFilter: ReferralFilter;
  statusChoices: readonly ReferralStatus[];
  defaultFilters: ListFilterValues;
  columns: ReferralColumn[];
  caption: string;
  emptyMessage: string;
}) {
  const [filters, setFilters] = useListState(`${listKey}:filters`, defaultFilters);
  const [sort, setSort] = useListState<ReferralSort>(`${listKey}:sort`, 'PRIORITY');
  const [page, setPage] = useListState<PageState>(`${listKey}:page`, FIRST_PAGE);
  return (
    <FilterLayout
      filter={
        <ListFilters
          value={filters}
          defaults={defaultFilters}
          statusChoices={statusChoices}
          onApply={(next) => {
            setFilters(next);
            setPage(FIRST_PAGE);
          }}
        />
      }
    >
      <Select
        id="sort"
        label="Sort by"
        options={SORTS}
        value={sort}
        onChange={(value) => {
          setSort(value as ReferralSort);
          setPage(FIRST_PAGE);
        }}
      />
      <ReferralPageOfResults
        filter={toReferralFilter(baseFilter, filters)}
        sort={sort}
        page={page}
        onPageChange={setPage}
        emptyMessage={emptyMessage}
        renderItems={(items) => <ReferralTable referrals={items} columns={columns} caption={caption} />}
      />
    </FilterLayout>
  );
}
