import type { ReactNode, SelectHTMLAttributes } from 'react';
import { classNames } from './class-names';
import { ErrorMessage } from './error-message';
import { describedBy } from './field-ids';
import { Hint } from './hint';
import { Label, type LabelSize } from './label';

export interface SelectOption {
  value: string;
  text: string;
  disabled?: boolean;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'className'> {
  id: string;
  label: ReactNode;
  labelIsPageHeading?: boolean;
  labelSize?: LabelSize;
  hint?: ReactNode;
  error?: string;
  options: SelectOption[];
  value?: string;
  onChange?: (value: string) => void;
  className?: string;
}

/**
 * GOV.UK select. GOV.UK advises radios for fewer than about 7 choices; use a select for longer lists.
 * Add a first option like `{ value: '', text: 'Choose an area' }` when nothing is chosen yet.
 */
export function Select({ id, label, labelIsPageHeading, labelSize, hint, error, options, value, onChange, className, ...rest }: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={classNames('govuk-form-group', error && 'govuk-form-group--error')}>
      <Label htmlFor={id} isPageHeading={labelIsPageHeading} size={labelSize}>
        {label}
      </Label>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <select
        {...rest}
        className={classNames('govuk-select', error && 'govuk-select--error', className)}
        id={id}
        name={rest.name ?? id}
        value={value}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        aria-describedby={describedBy(hintId, errorId)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
