import type { ApiProblem } from '../apollo/api-problem';
import { Link } from '@lantern/ui/link';
import { usePageTitle } from '@lantern/ui/page-title';
import { SERVICE_NAME } from './service-name';

/** A page-level problem: the data could not be loaded. Says what to do next, never what went wrong inside. */
export function ProblemPage({ problem, onRetry }: { problem: ApiProblem; onRetry?: () => void }) {
  usePageTitle('Sorry, there is a problem', SERVICE_NAME);
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem</h1>
      <p className="govuk-body">{problem.message}</p>
      {onRetry && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </>
  );
}

/** Unknown records and records the viewer may not see look exactly the same. */
export function NotFoundPage({ what = 'page' }: { what?: string }) {
  usePageTitle(`${what === 'page' ? 'Page' : 'Referral'} not found`, SERVICE_NAME);
  return (
    <>
      <h1 className="govuk-heading-l">{what === 'page' ? 'Page not found' : 'Referral not found'}</h1>
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
    </>
  );
}
