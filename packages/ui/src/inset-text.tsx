import type { ReactNode } from 'react';

/** GOV.UK inset text: a quote, an example or extra information to set apart. */
export function InsetText({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div className="govuk-inset-text" id={id}>
      {children}
    </div>
  );
}
