import { Link } from '@lantern/ui/link';
import { useTitle } from './page-title';

/**
 * An unknown address, or a referral that does not exist or that the viewer may not see: the two look exactly
 * the same, so the page never tells anyone that a referral exists.
 */
export function NotFoundPage({ what = 'page' }: { what?: 'page' | 'referral' }) {
  const heading = what === 'page' ? 'Page not found' : 'Referral not found';
  useTitle(heading);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{heading}</h1>
        <p className="govuk-body">
          {what === 'page'
            ? 'If you typed the web address, check it is correct.'
            : 'The referral does not exist, or it is not one your organisation can see.'}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/">
            Go to your referrals
          </Link>
        </p>
      </div>
    </div>
  );
}
