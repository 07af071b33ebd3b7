import type { ReactNode } from 'react';
import { classNames } from './class-names';

export type LabelSize = 'xl' | 'l' | 'm' | 's';

export interface LabelProps {
  htmlFor: string;
  children: ReactNode;
  /** Makes the label the page's `<h1>` (one-question pages). */
  isPageHeading?: boolean;
  size?: LabelSize;
  className?: string;
}

/** GOV.UK label, optionally wrapped in the page heading. */
export function Label({ htmlFor, children, isPageHeading, size, className }: LabelProps) {
  const label = (
    <label className={classNames('govuk-label', size && `govuk-label--${size}`, className)} htmlFor={htmlFor}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
