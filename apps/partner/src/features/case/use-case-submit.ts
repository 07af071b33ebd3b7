import { useState } from 'react';
import { readProblem, type ApiProblem } from '../../apollo/api-problem';
import { NO_ERRORS, formErrorsFromProblem, type FormErrors } from '../../ui/form-errors';

export const CONFLICT_MESSAGE =
  'Someone else changed this referral while you were working on it. Their changes are now shown. ' +
  'Check the referral, then try again: what you entered has been kept.';

/**
 * Runs a change to a referral and turns a failure into form errors. On CONFLICT (or an action that is no
 * longer possible) the referral is reloaded while the form, and what was typed in it, stays on screen.
 */
export function useCaseSubmit(refetch: () => Promise<unknown>, knownFields: readonly string[]) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submitting, setSubmitting] = useState(false);

  const run = async (action: () => Promise<unknown>): Promise<ApiProblem | null> => {
    setSubmitting(true);
    try {
      await action();
      setErrors(NO_ERRORS);
      return null;
    } catch (error) {
      const problem = readProblem(error);
      if (problem.code === 'CONFLICT' || problem.code === 'INVALID_TRANSITION' || problem.code === 'CONSENT_REQUIRED') {
        await refetch().catch(() => undefined);
      }
      setErrors(
        problem.code === 'CONFLICT' ? { fields: {}, general: [CONFLICT_MESSAGE] } : formErrorsFromProblem(problem, knownFields),
      );
      return problem;
    } finally {
      setSubmitting(false);
    }
  };

  return { errors, setErrors, submitting, run };
}
