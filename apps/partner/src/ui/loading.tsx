/** Shown while a page's data loads for the first time. */
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="govuk-body" role="status">
      {what}…
    </p>
  );
}
