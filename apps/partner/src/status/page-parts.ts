import { h, hidden } from './dom';

/** Shown on every screen of the status page. */
export function emergencyAdvice(): HTMLElement {
  return h(
    'div',
    { class: 'govuk-warning-text' },
    h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
    h(
      'strong',
      { class: 'govuk-warning-text__text' },
      hidden('Warning'),
      'If you are in immediate danger call 999. If you cannot speak, call 999 from a mobile and press 55 when asked.',
    ),
  );
}

export function heading(text: string, size: 'l' | 'xl' = 'l'): HTMLHeadingElement {
  return h('h1', { class: `govuk-heading-${size}`, tabindex: '-1' }, text);
}

export function paragraph(text: string, className = 'govuk-body'): HTMLParagraphElement {
  return h('p', { class: className }, text);
}

export interface ErrorItem {
  text: string;
  /** The id of the field the error is about. */
  href: string;
}

/** GOV.UK error summary, linked to the fields. */
export function errorSummary(errors: ErrorItem[]): HTMLElement {
  const summary = h(
    'div',
    { class: 'govuk-error-summary', tabindex: '-1' },
    h(
      'div',
      { role: 'alert' },
      h('h2', { class: 'govuk-error-summary__title' }, 'There is a problem'),
      h(
        'div',
        { class: 'govuk-error-summary__body' },
        h('ul', { class: 'govuk-list govuk-error-summary__list' }, ...errors.map((e) => h('li', null, link(e)))),
      ),
    ),
  );
  return summary;
}

function link(error: ErrorItem): HTMLAnchorElement {
  const anchor = h('a', { href: `#${error.href}` }, error.text);
  anchor.addEventListener('click', (event) => {
    const field = document.getElementById(error.href);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  });
  return anchor;
}
