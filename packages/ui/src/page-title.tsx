import { useEffect } from 'react';

/**
 * Sets `document.title` as GOV.UK recommends: "<page> – <service>", with "Error: " in front while the page
 * shows errors. Never put a victim's details in a title (titles reach browser history and shared screens).
 */
export function usePageTitle(pageTitle: string, serviceName: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${pageTitle} – ${serviceName}`;
  }, [pageTitle, serviceName, hasErrors]);
}
