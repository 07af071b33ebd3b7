import { useSearchParams } from 'react-router';

/** True when the page was opened from a "Change" link on "check your answers" (`?from=check`). */
export function useReturnToCheck(): boolean {
  const [params] = useSearchParams();
  return params.get('from') === 'check';
}
