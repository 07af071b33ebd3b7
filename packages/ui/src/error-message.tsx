import type { ReactNode } from 'react';

/** GOV.UK error message shown above a field, with the visually hidden "Error:" prefix. */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}
