import { useQuery } from '@apollo/client/react';
import { ReferralCountsDocument } from '../../gql/graphql';
import { toApiFilter, NO_FILTERS, type ListFilters, type ListScope } from './list-filters';

/** The counts at the top of a list; each applies the matching filter. */
export function ReferralCounts({ scope, onShow }: { scope: ListScope; onShow: (filters: ListFilters) => void }) {
  const base = toApiFilter(scope, NO_FILTERS);
  const { data } = useQuery(ReferralCountsDocument, {
    variables: {
      base,
      drafts: { ...base, statuses: ['DRAFT'] },
      overdue: { ...base, overdue: true },
      urgent: { ...base, hasUnacknowledgedUrgent: true },
    },
  });
  if (!data) return null;
  const items: Array<{ key: string; count: number; label: string; filters: ListFilters; alert?: boolean }> = [
    { key: 'all', count: data.all.totalCount, label: data.all.totalCount === 1 ? 'referral' : 'referrals', filters: NO_FILTERS },
    { key: 'drafts', count: data.drafts.totalCount, label: data.drafts.totalCount === 1 ? 'draft' : 'drafts', filters: { ...NO_FILTERS, statuses: ['DRAFT'] } },
    { key: 'overdue', count: data.overdue.totalCount, label: 'overdue', filters: { ...NO_FILTERS, overdue: true }, alert: data.overdue.totalCount > 0 },
    {
      key: 'urgent',
      count: data.urgent.totalCount,
      label: 'with urgent updates to acknowledge',
      filters: { ...NO_FILTERS, urgent: true },
      alert: data.urgent.totalCount > 0,
    },
  ];
  return (
    <ul className="lantern-counts" aria-label="Summary">
      {items.map((item) => (
        <li key={item.key} className={item.alert ? 'lantern-counts__item lantern-counts__item--alert' : 'lantern-counts__item'}>
          <button type="button" className="lantern-link-button lantern-counts__button" onClick={() => onShow(item.filters)}>
            <span className="lantern-counts__number">{item.count}</span>
            <span className="lantern-counts__label">{item.label}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
