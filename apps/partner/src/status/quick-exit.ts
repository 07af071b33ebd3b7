import { h, hidden } from './dom';

/**
 * Quick exit, after GOV.UK's "Exit this page" pattern: a button on every screen, Shift pressed 3 times, or
 * Escape (Lantern's product brief). It blanks the page at once, ends the victim session and replaces the
 * page with a neutral site, so the browser's Back button does not return to it.
 */
export const NEUTRAL_SITE_URL: string = import.meta.env.VITE_QUICK_EXIT_URL || 'https://www.bbc.co.uk/weather';

export interface QuickExitDeps {
  endSession: () => unknown;
  /** Replaces the current history entry with the neutral site. */
  replaceLocation: (url: string) => void;
}

const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 5000;

export function leaveNow(deps: QuickExitDeps): void {
  document.body.classList.add('govuk-exit-this-page-hide-content');
  document.body.replaceChildren(h('div', { class: 'govuk-exit-this-page-overlay', role: 'alert' }, 'Loading.'));
  document.title = 'Loading';
  try {
    deps.endSession();
  } finally {
    deps.replaceLocation(NEUTRAL_SITE_URL);
  }
}

/** The "Exit this page" button, as GOV.UK Frontend renders it, with a live region for key-press hints. */
export function quickExitButton(deps: QuickExitDeps): { element: HTMLElement; announce: (text: string) => void } {
  const button = h(
    'a',
    {
      href: NEUTRAL_SITE_URL,
      role: 'button',
      draggable: 'false',
      class: 'govuk-button govuk-button--warning govuk-exit-this-page__button',
      rel: 'nofollow noreferrer',
    },
    hidden('Emergency'),
    ' Exit this page',
  );
  button.addEventListener('click', (event) => {
    event.preventDefault();
    leaveNow(deps);
  });
  // A link with role="button" must also work with the space bar, as a button does.
  button.addEventListener('keydown', (event) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    leaveNow(deps);
  });
  const status = h('span', { role: 'status', class: 'govuk-visually-hidden' });
  return {
    element: h('div', { class: 'govuk-exit-this-page' }, button, status),
    announce: (text) => {
      status.textContent = text;
    },
  };
}

/** Escape, or Shift 3 times within 5 seconds, leaves the page. Returns a function that stops listening. */
export function listenForQuickExitKeys(deps: QuickExitDeps, announce: (text: string) => void): () => void {
  let presses = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastKeyWasModified = false;

  const reset = () => {
    presses = 0;
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      leaveNow(deps);
      return;
    }
    if (event.key === 'Shift' && !lastKeyWasModified) {
      presses += 1;
      if (presses >= SHIFT_PRESSES) {
        reset();
        leaveNow(deps);
        return;
      }
      announce(`Shift, press ${SHIFT_PRESSES - presses} more ${SHIFT_PRESSES - presses === 1 ? 'time' : 'times'} to exit.`);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        reset();
        announce('Exit this page expired.');
      }, SHIFT_WINDOW_MS);
    } else if (presses > 0) {
      reset();
    }
    lastKeyWasModified = event.shiftKey;
  };
  document.addEventListener('keyup', onKeyUp, true);
  return () => {
    reset();
    document.removeEventListener('keyup', onKeyUp, true);
  };
}
