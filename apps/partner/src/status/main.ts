import './status.scss';
import { forgetTokenInAddressBar } from './link-token';
import { startStatusPage } from './status-app';
import { currentVictimStatus, leaveVictimSession, openVictimLink } from './victim-api';

document.body.classList.add('govuk-frontend-supported');
const root = document.getElementById('app');
if (root) {
  const statusPage = startStatusPage(root, {
    openVictimLink,
    currentVictimStatus,
    leaveVictimSession,
    hash: window.location.hash,
    forgetToken: () => forgetTokenInAddressBar(window),
    replaceLocation: (url) => window.location.replace(url),
  });
  window.addEventListener('hashchange', () => statusPage.openLink(window.location.hash));
}

// Coming back to this page from the browser's cache must never show what was on it.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) window.location.reload();
});
