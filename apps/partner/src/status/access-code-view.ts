import { LIMITS } from '@lantern/schema/limits';
import { h, hidden } from './dom';
import { emergencyAdvice, errorSummary, paragraph } from './page-parts';

const FIELD_ID = 'access-code';
const CODE_LENGTH = LIMITS.accessCode.length;

export interface AccessCodeViewOptions {
  /** An error to show against the field, from the last attempt. */
  error?: string;
  /** The code the person typed last time, kept so they can correct it. */
  value?: string;
  onSubmit: (code: string) => Promise<void>;
}

/** Strips the spaces and dashes people add when copying a code from a message. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]/g, '');
}

/** The access code is a number of exactly 6 digits. */
export function checkCode(code: string): string | null {
  if (code === '') return 'Enter your access code';
  if (!/^\d+$/.test(code)) return 'The access code must only include numbers 0 to 9';
  if (code.length !== CODE_LENGTH) return `The access code must be ${CODE_LENGTH} numbers`;
  return null;
}

export function accessCodeView(options: AccessCodeViewOptions): HTMLElement[] {
  const errorId = `${FIELD_ID}-error`;
  const hintId = `${FIELD_ID}-hint`;
  const error = options.error;
  const input = h('input', {
    class: `govuk-input govuk-input--width-10 govuk-input--extra-letter-spacing${error ? ' govuk-input--error' : ''}`,
    id: FIELD_ID,
    name: 'accessCode',
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    autocapitalize: 'none',
    spellcheck: 'false',
    'aria-describedby': error ? `${hintId} ${errorId}` : hintId,
  });
  input.value = options.value ?? '';
  const button = h('button', { type: 'submit', class: 'govuk-button', 'data-module': 'govuk-button' }, 'Continue');

  const form = h(
    'form',
    { novalidate: true, action: '#' },
    h(
      'div',
      { class: `govuk-form-group${error ? ' govuk-form-group--error' : ''}` },
      h(
        'h1',
        { class: 'govuk-label-wrapper' },
        h('label', { class: 'govuk-label govuk-label--l', for: FIELD_ID }, 'Enter your access code'),
      ),
      h(
        'div',
        { class: 'govuk-hint', id: hintId },
        `The ${CODE_LENGTH}-digit code you were given separately from the link, for example in another message or by phone.`,
      ),
      error ? h('p', { class: 'govuk-error-message', id: errorId }, hidden('Error:'), ` ${error}`) : null,
      input,
    ),
    button,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (button.disabled) return;
    button.disabled = true;
    button.setAttribute('aria-disabled', 'true');
    void options.onSubmit(normaliseCode(input.value)).finally(() => {
      button.disabled = false;
      button.removeAttribute('aria-disabled');
    });
  });

  return [
    ...(error ? [errorSummary([{ text: error, href: FIELD_ID }])] : []),
    form,
    paragraph('If you do not have a code, ask the police officer dealing with your case.'),
    emergencyAdvice(),
  ];
}
