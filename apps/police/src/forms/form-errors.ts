import type { ErrorSummaryItem } from '@lantern/ui/error-summary';
import { fieldId } from '@lantern/ui/field-ids';
import { useCallback, useMemo, useState } from 'react';
import type { ApiProblem } from '../apollo/api-problem';

/** One problem with a form: `field` is the id of the field it belongs to (omit for the whole form). */
export interface FormError {
  field?: string;
  message: string;
}

/** The id a form gives the field for an API input path: `input.victim.safeContact.phone` -> `victim-safeContact-phone`. */
export function fieldIdForApiPath(path: string): string {
  return fieldId(path.replace(/^input\./, ''));
}

export interface FormErrors {
  /** Items for the GOV.UK error summary, linked to their fields. */
  summary: ErrorSummaryItem[];
  /** The message for a field id, to show next to the field. */
  errorFor: (field: string) => string | undefined;
  hasErrors: boolean;
  /** Shows the problems found before sending (client-side validation). */
  show: (errors: FormError[]) => void;
  /** Shows what the API said, with BAD_USER_INPUT messages next to their fields. */
  showProblem: (problem: ApiProblem) => void;
  clear: () => void;
}

export function useFormErrors(): FormErrors {
  const [errors, setErrors] = useState<FormError[]>([]);
  const show = useCallback((next: FormError[]) => setErrors(next), []);
  const showProblem = useCallback((problem: ApiProblem) => {
    if (problem.fields.length > 0) {
      setErrors(problem.fields.map((f) => ({ field: fieldIdForApiPath(f.field), message: f.message })));
    } else {
      setErrors([{ message: problem.message }]);
    }
  }, []);
  const clear = useCallback(() => setErrors([]), []);
  return useMemo(() => {
    const byField = new Map<string, string>();
    for (const error of errors) if (error.field && !byField.has(error.field)) byField.set(error.field, error.message);
    return {
      summary: errors.map((error) => ({ text: error.message, href: error.field })),
      errorFor: (field: string) => byField.get(field),
      hasErrors: errors.length > 0,
      show,
      showProblem,
      clear,
    };
  }, [errors, show, showProblem, clear]);
}
