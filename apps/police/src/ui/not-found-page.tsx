import { Link } from 'react-router';
import { AppLayout } from './app-layout';
import { useTitle } from './page-title';

/** Shown for an unknown address, and for a referral that does not exist or that the officer may not see. */
export function NotFoundPage({ what = 'Page not found' }: { what?: string }) {
  useTitle(what);
  return (
    <AppLayout>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{what}</h1>
          <p className="govuk-body">If you typed the web address, check it is correct.</p>
          <p className="govuk-body">
            If you followed a link to a referral, it may belong to another force or may not exist.
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/">
              Go to your referrals
            </Link>
          </p>
        </div>
      </div>
    </AppLayout>
  );
}
