import { useState } from 'react';
import { STATUS_LABELS, type ReferralStatus } from '@lantern/schema/referral-status';
import { RISK_LEVELS, type RiskLevel } from '@lantern/schema/vocabularies';
import { LIMITS } from '@lantern/schema/limits';
import { Checkboxes } from '@lantern/ui/checkboxes';
import { Filter } from '@lantern/ui/filter';
import { TextInput } from '@lantern/ui/text-input';

export interface ListFilterValues {
  statuses: ReferralStatus[];
  riskLevels: RiskLevel[];
  overdueOnly: boolean;
  search: string;
}

export const NO_FILTERS: ListFilterValues = { statuses: [], riskLevels: [], overdueOnly: false, search: '' };

/** MoJ filter panel for a referral list. Applies on "Apply filters"; tags remove one filter at a time. */
export function ListFilters({
  value,
  statusChoices,
  onApply,
  defaults = NO_FILTERS,
}: {
  value: ListFilterValues;
  statusChoices: readonly ReferralStatus[];
  onApply: (value: ListFilterValues) => void;
  defaults?: ListFilterValues;
}) {
  const [draft, setDraft] = useState(value);
  const apply = (next: ListFilterValues) => {
    setDraft(next);
    onApply(next);
  };
  const selected = [
    {
      heading: 'Search',
      items: value.search ? [{ key: 'search', text: value.search, onRemove: () => apply({ ...value, search: '' }) }] : [],
    },
    {
      heading: 'Status',
      items: value.statuses.map((status) => ({
        key: status,
        text: STATUS_LABELS[status],
        onRemove: () => apply({ ...value, statuses: value.statuses.filter((s) => s !== status) }),
      })),
    },
    {
      heading: 'Risk',
      items: value.riskLevels.map((risk) => ({
        key: risk,
        text: `${RISK_LEVELS.labels[risk]} risk`,
        onRemove: () => apply({ ...value, riskLevels: value.riskLevels.filter((r) => r !== risk) }),
      })),
    },
    {
      heading: 'Deadlines',
      items: value.overdueOnly ? [{ key: 'overdue', text: 'Overdue only', onRemove: () => apply({ ...value, overdueOnly: false }) }] : [],
    },
  ];
  return (
    <Filter selected={selected} onClearAll={() => apply(defaults)} onApply={() => onApply({ ...draft, search: draft.search.trim() })}>
      <TextInput
        id="search"
        label="Search"
        labelSize="s"
        hint="Referral number, crime reference or victim's name"
        value={draft.search}
        maxLength={LIMITS.search.max}
        spellCheck={false}
        autoComplete="off"
        onChange={(search) => setDraft({ ...draft, search })}
      />
      <Checkboxes
        name="statuses"
        legend="Status"
        legendSize="s"
        small
        items={statusChoices.map((status) => ({ value: status, label: STATUS_LABELS[status] }))}
        values={draft.statuses}
        onChange={(statuses) => setDraft({ ...draft, statuses: statuses as ReferralStatus[] })}
      />
      <Checkboxes
        name="riskLevels"
        legend="Risk"
        legendSize="s"
        small
        items={[...RISK_LEVELS.values].reverse().map((risk) => ({ value: risk, label: `${RISK_LEVELS.labels[risk]} risk` }))}
        values={draft.riskLevels}
        onChange={(riskLevels) => setDraft({ ...draft, riskLevels: riskLevels as RiskLevel[] })}
      />
      <Checkboxes
        name="overdue"
        legend="Deadlines"
        legendSize="s"
        small
        items={[{ value: 'overdue', label: 'Overdue only' }]}
        values={draft.overdueOnly ? ['overdue'] : []}
        onChange={(values) => setDraft({ ...draft, overdueOnly: values.includes('overdue') })}
      />
    </Filter>
  );
}
