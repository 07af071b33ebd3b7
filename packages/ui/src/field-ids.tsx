/**
 * Helpers shared by the form components to wire hints and errors to fields, following the GOV.UK
 * convention: hint id `<id>-hint`, error id `<id>-error`.
 */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

/**
 * The id of the element an error summary link should focus for a field path reported by the API, e.g.
 * `victim.safeContact.phone` -> `victim-safeContact-phone`, `answers[3].note` -> `answers-3-note`.
 * Use the same function to give form fields their ids, so API errors link to the right field.
 */
export function fieldId(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .join('-');
}

/**
 * The id of the n-th (0-based) item of a radios or checkboxes group whose first item has `idPrefix`:
 * the first item is `idPrefix` itself (so error summary links reach it), later ones `idPrefix-2`, `-3`...
 */
export function itemId(idPrefix: string, index: number): string {
  return index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
}
