/** Shown while a screen's data loads for the first time. Announced politely to screen readers. */
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="govuk-body" role="status">
      {what}…
    </p>
  );
}
