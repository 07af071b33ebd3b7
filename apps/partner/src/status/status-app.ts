import { accessCodeView, checkCode } from './access-code-view';
import { h } from './dom';
import { tokenFromFragment } from './link-token';
import { linkNotWorkingView, loadingView, lockedView, noLinkView, unavailableView } from './message-views';
import { listenForQuickExitKeys, quickExitButton, type QuickExitDeps } from './quick-exit';
import { statusView } from './status-view';
import type { OpenLinkProblem, OpenLinkResult, VictimStatus } from './victim-api';

/** Everything the page needs from the outside world, so that tests can stand in for it. */
export interface StatusPageDeps {
  openVictimLink: (token: string, accessCode: string) => Promise<OpenLinkResult>;
  currentVictimStatus: () => Promise<VictimStatus | null | 'unavailable'>;
  leaveVictimSession: () => unknown;
  /** The URL fragment, e.g. "#t=abc". */
  hash: string;
  forgetToken: () => void;
  replaceLocation: (url: string) => void;
}

/** The neutral title every screen keeps: nothing on a tab or in history says what this page is. */
export const PAGE_TITLE = 'Lantern';

export function wrongCodeMessage(attemptsLeft: number | null): string {
  const tries = attemptsLeft === null ? '' : ` You have ${attemptsLeft} ${attemptsLeft === 1 ? 'try' : 'tries'} left.`;
  const lastTry = attemptsLeft === 1 ? ' If you are not sure of the code, ask the police officer dealing with your case before you try again.' : '';
  return `The access code is not right. Check the code you were given and try again.${tries}${lastTry}`;
}

export interface StatusPageController {
  /** A link opened again in the same tab only changes the fragment: start again with its token. */
  openLink: (hash: string) => void;
  stop: () => void;
}

export function startStatusPage(root: HTMLElement, deps: StatusPageDeps): StatusPageController {
  const exitDeps: QuickExitDeps = { endSession: deps.leaveVictimSession, replaceLocation: deps.replaceLocation };
  const exit = quickExitButton(exitDeps);
  const main = h('main', { class: 'govuk-main-wrapper', id: 'main-content', tabindex: '-1' });
  root.replaceChildren(
    h('a', { href: '#main-content', class: 'govuk-skip-link' }, 'Skip to main content'),
    h('header', { class: 'lantern-status-header' }, h('div', { class: 'govuk-width-container' }, h('p', { class: 'lantern-status-header__name' }, 'Lantern'))),
    h(
      'div',
      { class: 'govuk-width-container' },
      exit.element,
      h('p', { class: 'govuk-body-s lantern-exit-hint' }, 'To leave this page quickly, select “Exit this page” or press the Escape key.'),
      main,
    ),
  );
  const stopListening = listenForQuickExitKeys(exitDeps, exit.announce);
  let token = tokenFromFragment(deps.hash);
  let firstRender = true;

  const render = (nodes: HTMLElement[], hasError = false) => {
    document.title = hasError ? `Error: ${PAGE_TITLE}` : PAGE_TITLE;
    main.replaceChildren(...nodes);
    // Move focus to what changed, except on first load (screen readers start at the top anyway).
    if (!firstRender) {
      main.querySelector<HTMLElement>(hasError ? '.govuk-error-summary' : 'h1[tabindex]')?.focus();
    }
    firstRender = false;
  };

  const showCodeForm = (error?: string, value?: string) =>
    render(accessCodeView({ error, value, onSubmit: submitCode }), Boolean(error));

  const showProblem = (problem: OpenLinkProblem, typed: string) => {
    switch (problem.kind) {
      case 'wrong-code':
        return showCodeForm(wrongCodeMessage(problem.attemptsLeft), typed);
      case 'invalid-code':
        return showCodeForm(problem.message, typed);
      case 'too-many-tries':
        return showCodeForm('There have been too many tries. Wait a few minutes, then try again.', typed);
      case 'unavailable':
        return showCodeForm('Sorry, we could not check your code. Check your internet connection and try again.', typed);
      case 'locked':
        endLink();
        return render(lockedView());
      case 'link-not-working':
        endLink();
        return render(linkNotWorkingView());
    }
  };

  /** The token has done its job (or can never work again): forget it, in memory and in the address bar. */
  const endLink = () => {
    token = null;
    deps.forgetToken();
  };

  async function submitCode(code: string): Promise<void> {
    const problem = checkCode(code);
    if (problem) return showCodeForm(problem, code);
    if (!token) return render(noLinkView());
    const result = await deps.openVictimLink(token, code);
    if (result.ok) {
      endLink();
      render(statusView(result.status));
    } else {
      showProblem(result.problem, code);
    }
  }

  async function showCurrentStatus(): Promise<void> {
    render(loadingView());
    const status = await deps.currentVictimStatus();
    if (status === 'unavailable') render(unavailableView(() => void showCurrentStatus()));
    else if (status) render(statusView(status));
    else render(noLinkView());
  }

  if (token) showCodeForm();
  else void showCurrentStatus();

  return {
    openLink: (hash) => {
      const next = tokenFromFragment(hash);
      if (!next) return;
      token = next;
      showCodeForm();
    },
    stop: stopListening,
  };
}
