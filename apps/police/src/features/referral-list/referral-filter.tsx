import { Checkboxes } from '@lantern/ui/checkboxes';
import { Filter, type SelectedFilterCategory } from '@lantern/ui/filter';
import { Select } from '@lantern/ui/select';
import { TextInput } from '@lantern/ui/text-input';
import { REFERRAL_STATUSES, STATUS_LABELS } from '@lantern/schema/referral-status';
import { RISK_LEVELS } from '@lantern/schema/vocabularies';
import { useState } from 'react';
import type { ReferralStatus, RiskLevel } from '../../gql/graphql';
import { NO_FILTERS, type ListFilters } from './list-filters';

const statusItems = REFERRAL_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }));
const riskItems = RISK_LEVELS.values.map((risk) => ({ value: risk, label: RISK_LEVELS.labels[risk] }));

export interface ReferralFilterProps {
  applied: ListFilters;
  onApply: (filters: ListFilters) => void;
  services: Array<{ id: string; name: string }>;
}

/** The MoJ filter panel: choose, then "Apply filters". Applied filters show as removable tags. */
export function ReferralFilter({ applied, onApply, services }: ReferralFilterProps) {
  const [draft, setDraft] = useState<ListFilters>(applied);
  const [appliedSnapshot, setAppliedSnapshot] = useState(applied);
  if (appliedSnapshot !== applied) {
    // Filters changed from outside (a tag removed, counts clicked): show them in the form too.
    setAppliedSnapshot(applied);
    setDraft(applied);
  }
  const set = <K extends keyof ListFilters>(key: K) => (value: ListFilters[K]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const serviceName = (id: string) => services.find((s) => s.id === id)?.name ?? 'Chosen service';

  const selected: SelectedFilterCategory[] = [
    {
      heading: 'Search',
      items: applied.search.trim() ? [{ key: 'search', text: `“${applied.search.trim()}”`, onRemove: () => onApply({ ...applied, search: '' }) }] : [],
    },
    {
      heading: 'Status',
      items: applied.statuses.map((status) => ({
        key: status,
        text: STATUS_LABELS[status],
        onRemove: () => onApply({ ...applied, statuses: applied.statuses.filter((s) => s !== status) }),
      })),
    },
    {
      heading: 'Risk',
      items: applied.riskLevels.map((risk) => ({
        key: risk,
        text: RISK_LEVELS.labels[risk],
        onRemove: () => onApply({ ...applied, riskLevels: applied.riskLevels.filter((r) => r !== risk) }),
      })),
    },
    {
      heading: 'Needs attention',
      items: [
        ...(applied.overdue ? [{ key: 'overdue', text: 'Overdue', onRemove: () => onApply({ ...applied, overdue: false }) }] : []),
        ...(applied.urgent ? [{ key: 'urgent', text: 'Urgent updates', onRemove: () => onApply({ ...applied, urgent: false }) }] : []),
      ],
    },
    {
      heading: 'Partner service',
      items: applied.partnerServiceId
        ? [{ key: 'service', text: serviceName(applied.partnerServiceId), onRemove: () => onApply({ ...applied, partnerServiceId: '' }) }]
        : [],
    },
  ];

  return (
    <Filter selected={selected} onClearAll={() => onApply(NO_FILTERS)} onApply={() => onApply(draft)}>
      <TextInput
        id="filter-search"
        label="Search"
        labelSize="s"
        hint="Reference, crime reference or victim's name"
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={draft.search}
        onChange={set('search')}
      />
      <Checkboxes name="filter-status" legend="Status" legendSize="s" small items={statusItems} values={draft.statuses} onChange={(v) => set('statuses')(v as ReferralStatus[])} />
      <Checkboxes name="filter-risk" legend="Risk" legendSize="s" small items={riskItems} values={draft.riskLevels} onChange={(v) => set('riskLevels')(v as RiskLevel[])} />
      <Checkboxes
        name="filter-attention"
        legend="Needs attention"
        legendSize="s"
        small
        items={[
          { value: 'overdue', label: 'Overdue' },
          { value: 'urgent', label: 'Urgent updates to acknowledge' },
        ]}
        values={[...(draft.overdue ? ['overdue'] : []), ...(draft.urgent ? ['urgent'] : [])]}
        onChange={(values) => setDraft((previous) => ({ ...previous, overdue: values.includes('overdue'), urgent: values.includes('urgent') }))}
      />
      {services.length > 0 && (
        <Select
          id="filter-service"
          label="Partner service"
          labelSize="s"
          options={[{ value: '', text: 'Any service' }, ...services.map((s) => ({ value: s.id, text: s.name }))]}
          value={draft.partnerServiceId}
          onChange={set('partnerServiceId')}
        />
      )}
    </Filter>
  );
}
