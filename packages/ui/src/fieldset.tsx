import type { ReactNode } from 'react';
import { classNames } from './class-names';

export type LegendSize = 'xl' | 'l' | 'm' | 's';

export interface FieldsetProps {
  legend: ReactNode;
  /** Makes the legend the page's `<h1>`. */
  legendIsPageHeading?: boolean;
  legendSize?: LegendSize;
  describedBy?: string;
  /** `group` for date inputs, as GOV.UK does. */
  role?: 'group';
  className?: string;
  children: ReactNode;
}

/** GOV.UK fieldset with legend. */
export function Fieldset({ legend, legendIsPageHeading, legendSize, describedBy, role, className, children }: FieldsetProps) {
  const legendClass = classNames('govuk-fieldset__legend', legendSize && `govuk-fieldset__legend--${legendSize}`);
  return (
    <fieldset className={classNames('govuk-fieldset', className)} aria-describedby={describedBy} role={role}>
      <legend className={legendClass}>
        {legendIsPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}
