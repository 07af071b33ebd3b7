import type { ErrorSummaryItem } from '@lantern/ui/error-summary';
import { fieldId } from '@lantern/ui/field-ids';
import type { ApiProblem } from '../apollo/api-problem';

/** Error messages by field id (the id of the field the error summary links to). */
export type FieldErrors = Partial<Record<string, string>>;

/** What a form shows after a failed submit: messages against fields, and messages about the whole form. */
export interface FormErrors {
  fields: FieldErrors;
  general: string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.values(errors.fields).some(Boolean);
}

/**
 * The error summary's items: whole-form messages first, then field messages in the order the fields
 * appear on the page (`fieldOrder`), each linking to its field.
 */
export function summaryItems(errors: FormErrors, fieldOrder: readonly string[]): ErrorSummaryItem[] {
  const known = fieldOrder.filter((id) => errors.fields[id]).map((id) => ({ text: errors.fields[id] as string, href: id }));
  const others = Object.entries(errors.fields)
    .filter(([id, text]) => text && !fieldOrder.includes(id))
    .map(([, text]) => ({ text: text as string }));
  return [...errors.general.map((text) => ({ text })), ...known, ...others];
}

/**
 * Turns an API problem into form errors. Field paths (`note`, `input.note`) become field ids with the same
 * rule the forms use for their ids (`fieldId`). Problems not about a field become whole-form messages.
 */
export function formErrorsFromProblem(problem: ApiProblem, knownFields: readonly string[]): FormErrors {
  const fields: FieldErrors = {};
  const general: string[] = [];
  for (const { field, message } of problem.fields) {
    const id = fieldId(field.replace(/^input\./, ''));
    if (knownFields.includes(id)) fields[id] = message;
    else general.push(message);
  }
  if (problem.fields.length === 0) general.push(problem.message);
  return { fields, general };
}
