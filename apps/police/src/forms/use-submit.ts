import { useCallback, useRef, useState } from 'react';
import { toApiProblem } from '../apollo/api-problem';
import type { FormErrors } from './form-errors';

export interface Submitter {
  /** Runs the request once at a time; answers whether it succeeded. Problems are shown on the form. */
  submit: (request: () => Promise<unknown>) => Promise<boolean>;
  pending: boolean;
  /** Someone else changed the record first (CONFLICT): show the conflict notice. */
  conflict: boolean;
  clearConflict: () => void;
}

/**
 * Sends a form's request: ignores a second click while the first is in flight, shows API problems in the
 * form's error summary, and flags a CONFLICT separately so the page can explain it. An expired session is
 * handled by the app (it goes to sign in and keeps the draft), so it is not shown here.
 */
export function useSubmit(errors: FormErrors): Submitter {
  const inFlight = useRef(false);
  const [pending, setPending] = useState(false);
  const [conflict, setConflict] = useState(false);
  const submit = useCallback(
    async (request: () => Promise<unknown>) => {
      if (inFlight.current) return false;
      inFlight.current = true;
      setPending(true);
      try {
        await request();
        errors.clear();
        setConflict(false);
        return true;
      } catch (error) {
        const problem = toApiProblem(error);
        if (problem.code === 'CONFLICT') {
          errors.clear();
          setConflict(true);
        } else if (problem.code !== 'UNAUTHENTICATED') {
          errors.showProblem(problem);
        }
        return false;
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [errors],
  );
  const clearConflict = useCallback(() => setConflict(false), []);
  return { submit, pending, conflict, clearConflict };
}
