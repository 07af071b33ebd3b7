/**
 * Joins class names, skipping empty ones: `classNames('govuk-input', error && 'govuk-input--error')`.
 */
export function classNames(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
