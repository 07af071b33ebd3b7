import type { ErrorSummaryItem } from '@lantern/ui/error-summary';
import { fieldId } from '@lantern/ui/field-ids';
import { useCallback, useMemo, useState } from 'react';
import type { ApiProblem } from './api-problem';

/**
 * One problem with a form: `field` is the id of the field it belongs to (the GOV.UK error summary links to
 * it); omit it for a problem with the whole form. A form's errors are a list in the order the page shows them.
 */
export interface FormError {
  field?: string;
  message: string;
}

/** The id a form gives the field for an API input path: `input.victim.safeContact.phone` -> `victim-safeContact-phone`. */
export function fieldIdForApiPath(path: string): string {
  return fieldId(path.replace(/^input\./, ''));
}

/** The first message for field id `field`, if any. */
export function messageFor(errors: readonly FormError[], field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message;
}

/**
 * What the API said, as form errors: each BAD_USER_INPUT field message against its field (API paths become
 * field ids with `fieldIdForApiPath`), or the problem's message for the whole form. With `knownFields` (the
 * form's field ids in page order), messages about other fields are whole-form messages and come first, then
 * the field messages in page order.
 */
export function formErrorsFromProblem(problem: ApiProblem, knownFields?: readonly string[]): FormError[] {
  if (problem.fields.length === 0) return [{ message: problem.message }];
  const errors = problem.fields.map(({ field, message }) => ({ field: fieldIdForApiPath(field), message }));
  if (!knownFields) return errors;
  const general = errors.filter((error) => !knownFields.includes(error.field)).map(({ message }) => ({ message }));
  const known = knownFields.flatMap((id) => errors.filter((error) => error.field === id));
  return [...general, ...known];
}

/** A form's errors as the page shows them, and the ways to change them. */
export interface FormErrors {
  list: readonly FormError[];
  /** Items for the GOV.UK error summary, linked to their fields. */
  summary: ErrorSummaryItem[];
  /** The message for a field id, to show next to the field. */
  errorFor: (field: string) => string | undefined;
  hasErrors: boolean;
  /** Shows the problems found before sending (client-side validation). */
  show: (errors: readonly FormError[]) => void;
  /** Shows what the API said, with BAD_USER_INPUT messages next to their fields. */
  showProblem: (problem: ApiProblem) => void;
  clear: () => void;
}

/** The errors of one form. `knownFields`: see `formErrorsFromProblem` (pass a constant, not a new array each render). */
export function useFormErrors(knownFields?: readonly string[]): FormErrors {
  const [list, setList] = useState<readonly FormError[]>([]);
  const show = useCallback((next: readonly FormError[]) => setList(next), []);
  const showProblem = useCallback((problem: ApiProblem) => setList(formErrorsFromProblem(problem, knownFields)), [knownFields]);
  const clear = useCallback(() => setList([]), []);
  return useMemo(
    () => ({
      list,
      summary: list.map((error) => ({ text: error.message, href: error.field })),
      errorFor: (field: string) => messageFor(list, field),
      hasErrors: list.length > 0,
      show,
      showProblem,
      clear,
    }),
    [list, show, showProblem, clear],
  );
}
