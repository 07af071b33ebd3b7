import { readApiProblem, type ApiProblem } from './api-problem';
import { Loading } from './loading';
import { NotFoundPage } from './not-found-page';
import { ProblemPage } from './problem-page';

/** Where a screen's query is: loading, failed, found nothing, or ready with its value. */
export type QueryView<T> =
  | { state: 'loading' }
  | { state: 'problem'; problem: ApiProblem; retry: () => void }
  | { state: 'not-found' }
  | { state: 'ready'; value: T };

/**
 * Reads a query result (`useQuery`'s `data`, `error`, `refetch`) into a QueryView; `pick` chooses the record
 * the screen is about (null or undefined: not found). Data already on screen stays while it reloads, so a
 * form never loses what was typed.
 */
export function queryView<D, T>(
  result: { data?: D | undefined; error?: unknown; refetch: () => Promise<unknown> },
  pick: (data: D) => T | null | undefined,
): QueryView<T> {
  const { data, error, refetch } = result;
  if (data === undefined) {
    if (error) return { state: 'problem', problem: readApiProblem(error), retry: () => void refetch() };
    return { state: 'loading' };
  }
  const value = pick(data);
  return value == null ? { state: 'not-found' } : { state: 'ready', value };
}

/** What a screen shows until its data is ready: "Loading…", the problem with "Try again", or not found. */
export function QueryFallback({ view, loading, notFound = 'referral' }: { view: Exclude<QueryView<unknown>, { state: 'ready' }>; loading?: string; notFound?: 'page' | 'referral' }) {
  if (view.state === 'loading') return <Loading what={loading} />;
  if (view.state === 'problem') return <ProblemPage problem={view.problem} onRetry={view.retry} />;
  return <NotFoundPage what={notFound} />;
}
