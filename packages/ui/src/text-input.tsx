import type { InputHTMLAttributes, ReactNode } from 'react';
import { classNames } from './class-names';
import { ErrorMessage } from './error-message';
import { describedBy } from './field-ids';
import { Hint } from './hint';
import { Label, type LabelSize } from './label';

export type InputWidth = '2' | '3' | '4' | '5' | '10' | '20' | '30' | 'full' | 'three-quarters' | 'two-thirds' | 'one-half' | 'one-third' | 'one-quarter';

export interface TextInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'defaultValue' | 'onChange' | 'className' | 'width'> {
  /** The input's id; also the target of error summary links. */
  id: string;
  label: ReactNode;
  labelIsPageHeading?: boolean;
  labelSize?: LabelSize;
  hint?: ReactNode;
  /** The error message to show; the field is styled as in error when set. */
  error?: string;
  /** Controlled value. */
  value?: string;
  /** Uncontrolled initial value (for forms read with FormData). */
  defaultValue?: string;
  /** Called with the new value on every change. */
  onChange?: (value: string) => void;
  /** GOV.UK fixed (`'10'`: 10 characters) or fluid (`'one-half'`) width. */
  width?: InputWidth;
  /** Extra classes, e.g. `govuk-input--extra-letter-spacing`. */
  className?: string;
  /** Extra classes for the form group wrapper. */
  formGroupClassName?: string;
}

const FIXED_WIDTHS = ['2', '3', '4', '5', '10', '20', '30'];

/** GOV.UK text input with label, hint and error message. Any other `<input>` attribute passes through. */
export function TextInput({
  id,
  label,
  labelIsPageHeading,
  labelSize,
  hint,
  error,
  value,
  defaultValue,
  onChange,
  width,
  className,
  formGroupClassName,
  type = 'text',
  ...rest
}: TextInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const widthClass = width
    ? FIXED_WIDTHS.includes(width)
      ? `govuk-input--width-${width}`
      : `govuk-!-width-${width}`
    : undefined;
  return (
    <div className={classNames('govuk-form-group', error && 'govuk-form-group--error', formGroupClassName)}>
      <Label htmlFor={id} isPageHeading={labelIsPageHeading} size={labelSize}>
        {label}
      </Label>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <input
        {...rest}
        className={classNames('govuk-input', widthClass, error && 'govuk-input--error', className)}
        id={id}
        name={rest.name ?? id}
        type={type}
        value={value}
        defaultValue={defaultValue}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        aria-describedby={describedBy(hintId, errorId)}
      />
    </div>
  );
}
