import { VICTIM_LINK_MAX_ATTEMPTS } from '@lantern/schema/limits';
import { h } from './dom';
import { emergencyAdvice, heading, paragraph } from './page-parts';


/** Five wrong codes lock the link: say calmly why, and how to get a new one. */
export function lockedView(): HTMLElement[] {
  return [
    heading('This link has been locked'),
    paragraph(
      `To keep your information safe, the link stops working after the wrong access code is entered ${VICTIM_LINK_MAX_ATTEMPTS} times.`,
    ),
    paragraph('You have not done anything wrong. To get a new link and code, contact the police officer dealing with your case.'),
    paragraph('If you do not have their details, call 101 and ask for them. Have your crime reference number ready if you have it.'),
    emergencyAdvice(),
  ];
}

/** Unknown, expired and revoked links all look the same. */
export function linkNotWorkingView(): HTMLElement[] {
  return [
    heading('This link does not work'),
    paragraph('The link may have expired, or you may have been sent a newer one.'),
    paragraph('Use the most recent link you were sent, or ask the police officer dealing with your case for a new link.'),
    emergencyAdvice(),
  ];
}

/** Someone opened the page without a link (or after leaving): nothing to show. */
export function noLinkView(): HTMLElement[] {
  return [
    heading('Open the link you were sent'),
    paragraph('To see an update about your support, open the link in the message you were sent.'),
    emergencyAdvice(),
  ];
}

export function unavailableView(onRetry: () => void): HTMLElement[] {
  const retry = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary' }, 'Try again');
  retry.addEventListener('click', onRetry);
  return [
    heading('Sorry, there is a problem'),
    paragraph('This page is not working at the moment. Check your internet connection and try again.'),
    retry,
    emergencyAdvice(),
  ];
}

export function loadingView(): HTMLElement[] {
  return [h('p', { class: 'govuk-body', role: 'status' }, 'Loading…')];
}
