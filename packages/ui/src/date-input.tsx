import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { ErrorMessage } from './error-message';
import { describedBy } from './field-ids';
import { Fieldset, type LegendSize } from './fieldset';
import { Hint } from './hint';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export interface DateInputProps {
  /** The day input's id is `<id>-day` (error summary links should target it), then `-month`, `-year`. */
  id: string;
  legend: ReactNode;
  legendIsPageHeading?: boolean;
  legendSize?: LegendSize;
  hint?: ReactNode;
  error?: string;
  /** Which parts to highlight when `error` is set; all of them when omitted. */
  errorParts?: DatePart[];
  value: DateParts;
  onChange?: (value: DateParts) => void;
  /** `bday` for dates of birth, to allow autofill. */
  autoCompletePrefix?: 'bday';
}

const PARTS: Array<{ part: DatePart; label: string; width: string }> = [
  { part: 'day', label: 'Day', width: '2' },
  { part: 'month', label: 'Month', width: '2' },
  { part: 'year', label: 'Year', width: '4' },
];

/** GOV.UK date input (day, month, year). Convert with `toIsoDate` / `fromIsoDate` from `@lantern/ui/dates`. */
export function DateInput({ id, legend, legendIsPageHeading, legendSize, hint, error, errorParts, value, onChange, autoCompletePrefix }: DateInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={classNames('govuk-form-group', error && 'govuk-form-group--error')}>
      <Fieldset
        legend={legend}
        legendIsPageHeading={legendIsPageHeading}
        legendSize={legendSize}
        describedBy={describedBy(hintId, errorId)}
        role="group"
      >
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        <div className="govuk-date-input" id={id}>
          {PARTS.map(({ part, label, width }) => {
            const inError = Boolean(error) && (!errorParts || errorParts.includes(part));
            return (
              <div className="govuk-date-input__item" key={part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
                    {label}
                  </label>
                  <input
                    className={classNames(
                      'govuk-input govuk-date-input__input',
                      `govuk-input--width-${width}`,
                      inError && 'govuk-input--error',
                    )}
                    id={`${id}-${part}`}
                    name={`${id}-${part}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete={autoCompletePrefix ? `${autoCompletePrefix}-${part}` : 'off'}
                    value={value[part]}
                    onChange={(event) => onChange?.({ ...value, [part]: event.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}
