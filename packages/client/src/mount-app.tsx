import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Renders a staff app into the page's `#root` element, in React's strict mode. First marks the body
 * `govuk-frontend-supported`: GOV.UK Frontend's CSS hides conditional reveals and the like only then.
 * Throws when the page has no `#root`.
 */
export function mountApp(app: ReactNode): void {
  document.body.classList.add('govuk-frontend-supported');
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  createRoot(root).render(<StrictMode>{app}</StrictMode>);
}
