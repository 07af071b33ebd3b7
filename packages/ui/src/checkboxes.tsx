import { Fragment, type ReactNode } from 'react';
import { classNames } from './class-names';
import { ErrorMessage } from './error-message';
import { describedBy, itemId } from './field-ids';
import { Fieldset, type LegendSize } from './fieldset';
import { Hint } from './hint';

export interface CheckboxItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the item while it is ticked (GOV.UK conditional reveal). */
  conditional?: ReactNode;
  disabled?: boolean;
}

export interface CheckboxesProps {
  /** Shared `name`; the first item's id is `idPrefix` (error summary links target it), then `idPrefix-2`... */
  name: string;
  idPrefix?: string;
  legend: ReactNode;
  legendIsPageHeading?: boolean;
  legendSize?: LegendSize;
  hint?: ReactNode;
  error?: string;
  items: CheckboxItem[];
  /** The ticked values (controlled). */
  values: readonly string[];
  onChange?: (values: string[]) => void;
  small?: boolean;
  formGroupClassName?: string;
}

/** GOV.UK checkboxes in a fieldset, with item hints and conditional reveals. Values keep the items' order. */
export function Checkboxes({
  name,
  idPrefix = name,
  legend,
  legendIsPageHeading,
  legendSize,
  hint,
  error,
  items,
  values,
  onChange,
  small,
  formGroupClassName,
}: CheckboxesProps) {
  const hintId = hint ? `${idPrefix}-hint` : undefined;
  const errorId = error ? `${idPrefix}-error` : undefined;
  const toggle = (value: string, checked: boolean) => {
    const next = new Set(values);
    if (checked) next.add(value);
    else next.delete(value);
    onChange?.(items.map((item) => item.value).filter((v) => next.has(v)));
  };
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
        <div className={classNames('govuk-checkboxes', small && 'govuk-checkboxes--small')}>
          {items.map((item, index) => {
            const id = itemId(idPrefix, index);
            const checked = values.includes(item.value);
            const itemHintId = item.hint ? `${id}-item-hint` : undefined;
            const conditionalId = item.conditional ? `conditional-${id}` : undefined;
            return (
              <Fragment key={item.value}>
                <div className="govuk-checkboxes__item">
                  <input
                    className="govuk-checkboxes__input"
                    id={id}
                    name={name}
                    type="checkbox"
                    value={item.value}
                    checked={checked}
                    disabled={item.disabled}
                    onChange={(event) => toggle(item.value, event.target.checked)}
                    aria-describedby={itemHintId}
                    aria-controls={conditionalId}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                    {item.label}
                  </label>
                  {item.hint && <Hint id={`${id}-item-hint`} className="govuk-checkboxes__hint">{item.hint}</Hint>}
                </div>
                {item.conditional && (
                  <div
                    className={classNames('govuk-checkboxes__conditional', !checked && 'govuk-checkboxes__conditional--hidden')}
                    id={conditionalId}
                  >
                    {item.conditional}
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}
