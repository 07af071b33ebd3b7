import { useFormErrors, type FormErrors } from '@lantern/client/form-errors';
import { useSubmit, type Submitter } from '@lantern/client/use-submit';

export const CONFLICT_MESSAGE =
  'Someone else changed this referral while you were working on it. Their changes are now shown. ' +
  'Check the referral, then try again: what you entered has been kept.';

/**
 * The errors and the submit hook of a form that changes a referral (`fields`: the form's field ids in page
 * order). On CONFLICT (or an action that is no longer possible) the referral is reloaded while the form, and
 * what was typed in it, stays on screen with a message in the error summary.
 */
export function useCaseSubmit(refetch: () => Promise<unknown>, fields: readonly string[]): { errors: FormErrors; submitter: Submitter } {
  const errors = useFormErrors(fields);
  const submitter = useSubmit(errors, { reload: refetch, conflictMessage: CONFLICT_MESSAGE });
  return { errors, submitter };
}
