import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { classNames } from './class-names';
import { ErrorMessage } from './error-message';
import { describedBy } from './field-ids';
import { Hint } from './hint';
import { Label, type LabelSize } from './label';

export interface TextareaProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'defaultValue' | 'onChange' | 'className'> {
  id: string;
  label: ReactNode;
  labelIsPageHeading?: boolean;
  labelSize?: LabelSize;
  hint?: ReactNode;
  error?: string;
  value?: string;
  defaultValue?: string;
  /** Called with the new value on every change. */
  onChange?: (value: string) => void;
  /** Visible rows; GOV.UK default is 5. */
  rows?: number;
  className?: string;
  formGroupClassName?: string;
}

/** GOV.UK textarea with label, hint and error message. Use `maxLength` to mirror the API's limit. */
export function Textarea({
  id,
  label,
  labelIsPageHeading,
  labelSize,
  hint,
  error,
  value,
  defaultValue,
  onChange,
  rows = 5,
  className,
  formGroupClassName,
  ...rest
}: TextareaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={classNames('govuk-form-group', error && 'govuk-form-group--error', formGroupClassName)}>
      <Label htmlFor={id} isPageHeading={labelIsPageHeading} size={labelSize}>
        {label}
      </Label>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <textarea
        {...rest}
        className={classNames('govuk-textarea', error && 'govuk-textarea--error', className)}
        id={id}
        name={rest.name ?? id}
        rows={rows}
        value={value}
        defaultValue={defaultValue}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        aria-describedby={describedBy(hintId, errorId)}
      />
    </div>
  );
}
