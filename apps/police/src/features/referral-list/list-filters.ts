import type { ReferralFilter, ReferralSort, ReferralStatus, RiskLevel } from '../../gql/graphql';

/** What the officer chose in the filter panel. Kept in memory only: a search may be a victim's name. */
export interface ListFilters {
  statuses: ReferralStatus[];
  riskLevels: RiskLevel[];
  overdue: boolean;
  urgent: boolean;
  partnerServiceId: string;
  search: string;
}

export const NO_FILTERS: ListFilters = { statuses: [], riskLevels: [], overdue: false, urgent: false, partnerServiceId: '', search: '' };

export type ListScope = 'mine' | 'force';

export interface ListState {
  filters: ListFilters;
  sort: ReferralSort;
  /** Cursors of the pages before the current one (the first page has none). */
  cursors: Array<string | null>;
}

/** A list as first shown: no filters, newest first, the first page. */
export const INITIAL_LIST_STATE: ListState = { filters: NO_FILTERS, sort: 'NEWEST', cursors: [null] };

/** The API filter for a scope and the chosen filters. */
export function toApiFilter(scope: ListScope, filters: ListFilters): ReferralFilter {
  const search = filters.search.trim();
  return {
    assignedToMe: scope === 'mine' ? true : undefined,
    statuses: filters.statuses.length > 0 ? filters.statuses : undefined,
    riskLevels: filters.riskLevels.length > 0 ? filters.riskLevels : undefined,
    overdue: filters.overdue ? true : undefined,
    hasUnacknowledgedUrgent: filters.urgent ? true : undefined,
    partnerServiceId: filters.partnerServiceId || undefined,
    search: search === '' ? undefined : search,
  };
}

export function isFiltered(filters: ListFilters): boolean {
  return JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
}
