import { Button } from '@lantern/ui/button';
import type { ApiProblem } from './api-problem';
import { useTitle } from './page-title';

/** A screen whose data could not be loaded: says so plainly and what to do, never what went wrong inside. */
export function ProblemPage({ problem, onRetry }: { problem: ApiProblem; onRetry?: () => void }) {
  useTitle('Sorry, there is a problem');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, there is a problem</h1>
        <p className="govuk-body">{problem.message}</p>
        {onRetry && (
          <Button type="button" onClick={onRetry}>
            Try again
          </Button>
        )}
      </div>
    </div>
  );
}
