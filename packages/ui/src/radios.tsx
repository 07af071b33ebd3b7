import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { ErrorMessage } from './error-message';
import { describedBy, itemId } from './field-ids';
import { Fieldset, type LegendSize } from './fieldset';
import { Hint } from './hint';

export interface RadioItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the item while it is selected (GOV.UK conditional reveal). */
  conditional?: ReactNode;
  /** Disables the item. */
  disabled?: boolean;
}

/** A divider such as "or" between items. */
export interface RadioDivider {
  divider: string;
}

export interface RadiosProps {
  /** Shared `name`; the first item's id is `idPrefix` (error summary links target it), then `idPrefix-2`... */
  name: string;
  idPrefix?: string;
  legend: ReactNode;
  legendIsPageHeading?: boolean;
  legendSize?: LegendSize;
  hint?: ReactNode;
  error?: string;
  items: Array<RadioItem | RadioDivider>;
  /** The selected value (controlled); `undefined` or `''` when nothing is selected. */
  value?: string;
  onChange?: (value: string) => void;
  inline?: boolean;
  small?: boolean;
  formGroupClassName?: string;
}

/** The items of a yes/no question (values `yes` and `no`), usually shown `inline`. */
export const YES_NO_ITEMS: RadioItem[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

function isDivider(item: RadioItem | RadioDivider): item is RadioDivider {
  return 'divider' in item;
}

/** GOV.UK radios in a fieldset, with item hints, dividers and conditional reveals. */
export function Radios({
  name,
  idPrefix = name,
  legend,
  legendIsPageHeading,
  legendSize,
  hint,
  error,
  items,
  value,
  onChange,
  inline,
  small,
  formGroupClassName,
}: RadiosProps) {
  const hintId = hint ? `${idPrefix}-hint` : undefined;
  const errorId = error ? `${idPrefix}-error` : undefined;
  // Ids count radios only, not dividers: the first radio is `idPrefix`, then `-2`, `-3`...
  const radioIndexes = items.map((_, position) => items.slice(0, position + 1).filter((item) => !isDivider(item)).length - 1);
  return (
    <div className={classNames('govuk-form-group', error && 'govuk-form-group--error', formGroupClassName)}>
      <Fieldset
        legend={legend}
        legendIsPageHeading={legendIsPageHeading}
        legendSize={legendSize}
        describedBy={describedBy(hintId, errorId)}
      >
        {hint && <Hint id={`${idPrefix}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${idPrefix}-error`}>{error}</ErrorMessage>}
        <div className={classNames('govuk-radios', inline && 'govuk-radios--inline', small && 'govuk-radios--small')}>
          {items.map((item, position) => {
            if (isDivider(item)) {
              return (
                <div className="govuk-radios__divider" key={`divider-${item.divider}`}>
                  {item.divider}
                </div>
              );
            }
            const index = radioIndexes[position];
            const id = itemId(idPrefix, index);
            const checked = value === item.value;
            const itemHintId = item.hint ? `${id}-item-hint` : undefined;
            const conditionalId = item.conditional ? `conditional-${id}` : undefined;
            return (
              <RadioItemView
                key={item.value}
                id={id}
                name={name}
                item={item}
                checked={checked}
                itemHintId={itemHintId}
                conditionalId={conditionalId}
                onChange={onChange}
              />
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}

function RadioItemView({
  id,
  name,
  item,
  checked,
  itemHintId,
  conditionalId,
  onChange,
}: {
  id: string;
  name: string;
  item: RadioItem;
  checked: boolean;
  itemHintId?: string;
  conditionalId?: string;
  onChange?: (value: string) => void;
}) {
  return (
    <>
      <div className="govuk-radios__item">
        <input
          className="govuk-radios__input"
          id={id}
          name={name}
          type="radio"
          value={item.value}
          checked={checked}
          disabled={item.disabled}
          onChange={() => onChange?.(item.value)}
          aria-describedby={itemHintId}
          aria-controls={conditionalId}
        />
        <label className="govuk-label govuk-radios__label" htmlFor={id}>
          {item.label}
        </label>
        {item.hint && <Hint id={`${id}-item-hint`} className="govuk-radios__hint">{item.hint}</Hint>}
      </div>
      {item.conditional && (
        <div
          className={classNames('govuk-radios__conditional', !checked && 'govuk-radios__conditional--hidden')}
          id={conditionalId}
        >
          {item.conditional}
        </div>
      )}
    </>
  );
}
