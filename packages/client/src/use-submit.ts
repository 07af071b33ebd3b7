import { useCallback, useRef, useState } from 'react';
import { readApiProblem, type ApiProblem } from './api-problem';
import type { FormErrors } from './form-errors';

/** Codes after which the record on screen is out of date: someone else changed it, or the action is no longer possible. */
const STALE_RECORD_CODES: ReadonlySet<ApiProblem['code']> = new Set(['CONFLICT', 'INVALID_TRANSITION', 'CONSENT_REQUIRED']);

/** How a form's request went: `problem` is absent when the request was not sent (another was in flight). */
export type SubmitResult = { ok: true } | { ok: false; problem?: ApiProblem };

export interface SubmitOptions {
  /** Reloads the record the form changes, after it turned out to be out of date. What was typed stays. */
  reload?: () => Promise<unknown>;
  /**
   * How a CONFLICT is shown: this message in the error summary, or (without it) `conflict` is set so the page
   * shows its own notice of what changed.
   */
  conflictMessage?: string;
}

export interface Submitter {
  /** Sends the request, one at a time; problems are shown on the form. */
  submit: (request: () => Promise<unknown>) => Promise<SubmitResult>;
  pending: boolean;
  /** Someone else changed the record first (CONFLICT) and the page explains it with its own notice. */
  conflict: boolean;
  clearConflict: () => void;
}

/**
 * Sends a form's request: ignores a second click while the first is in flight, shows API problems in the
 * form's error summary, and after CONFLICT, INVALID_TRANSITION or CONSENT_REQUIRED reloads the record
 * (`options.reload`) while the form keeps what was typed. An expired session is not shown here: the app
 * sends the person to sign in and keeps their draft (see `SessionWatch`).
 */
export function useSubmit(errors: FormErrors, { reload, conflictMessage }: SubmitOptions = {}): Submitter {
  const inFlight = useRef(false);
  const [pending, setPending] = useState(false);
  const [conflict, setConflict] = useState(false);
  const submit = useCallback(
    async (request: () => Promise<unknown>): Promise<SubmitResult> => {
      if (inFlight.current) return { ok: false };
      inFlight.current = true;
      setPending(true);
      try {
        await request();
        errors.clear();
        setConflict(false);
        return { ok: true };
      } catch (error) {
        const problem = readApiProblem(error);
        if (STALE_RECORD_CODES.has(problem.code) && reload) await reload().catch(() => undefined);
        if (problem.code === 'CONFLICT' && conflictMessage) {
          errors.show([{ message: conflictMessage }]);
        } else if (problem.code === 'CONFLICT') {
          errors.clear();
          setConflict(true);
        } else if (problem.code !== 'UNAUTHENTICATED') {
          errors.showProblem(problem);
        }
        return { ok: false, problem };
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [errors, reload, conflictMessage],
  );
  const clearConflict = useCallback(() => setConflict(false), []);
  return { submit, pending, conflict, clearConflict };
}
