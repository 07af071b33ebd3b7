import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';

export interface ErrorSummaryItem {
  /** The message, as shown next to the field. */
  text: string;
  /** The id of the field to focus (without `#`); omit for errors not tied to a field. */
  href?: string;
}

export interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  title?: string;
  description?: ReactNode;
  /** Moves focus to the summary when it appears (default true), as GOV.UK requires after a failed submit. */
  autoFocus?: boolean;
}

/**
 * GOV.UK error summary. Put it at the top of the main column, above the `<h1>`. Each link moves focus to
 * its field (and scrolls its label or legend into view). Renders nothing when there are no errors.
 */
export function ErrorSummary({ errors, title = 'There is a problem', description, autoFocus = true }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((error) => `${error.href ?? ''}:${error.text}`).join('|');
  useEffect(() => {
    if (autoFocus && signature !== '') ref.current?.focus();
  }, [autoFocus, signature]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description && <p>{description}</p>}
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.href ?? ''}:${error.text}`}>
                {error.href ? (
                  <a href={`#${error.href}`} onClick={(event) => focusField(event, error.href as string)}>
                    {error.text}
                  </a>
                ) : (
                  error.text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

const FOCUSABLE = 'input, select, textarea, button, a[href], [tabindex]';

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  // A date input's or a section's id names its wrapper: focus the first field inside it.
  const field = target.matches(FOCUSABLE) ? target : target.querySelector<HTMLElement>(FOCUSABLE);
  if (!field) return;
  event.preventDefault();
  const legendOrLabel = field.closest('fieldset')?.querySelector('legend') ?? (field.id ? document.querySelector(`label[for="${field.id}"]`) : null);
  (legendOrLabel ?? field).scrollIntoView?.();
  field.focus({ preventScroll: true });
}
