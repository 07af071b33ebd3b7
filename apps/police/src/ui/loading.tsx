import { AppLayout } from './app-layout';

/** Shown while a screen's data loads. Announced politely to screen readers. */
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <AppLayout>
      <p className="govuk-body" role="status">
        {what}…
      </p>
    </AppLayout>
  );
}

/** The inline version, inside a page that is already shown. */
export function LoadingInline({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="govuk-body" role="status">
      {what}…
    </p>
  );
}
