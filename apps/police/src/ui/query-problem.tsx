import { Button } from '@lantern/ui/button';
import { toApiProblem } from '../apollo/api-problem';
import { AppLayout } from './app-layout';
import { useTitle } from './page-title';

/** A screen whose data could not be loaded: say so plainly and offer to try again. */
export function QueryProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const problem = toApiProblem(error);
  useTitle('Sorry, there is a problem');
  return (
    <AppLayout>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Sorry, there is a problem</h1>
          <p className="govuk-body">{problem.message}</p>
          <Button type="button" onClick={onRetry}>
            Try again
          </Button>
        </div>
      </div>
    </AppLayout>
  );
}
