import { usePageTitle } from '@lantern/ui/page-title';

export const SERVICE_NAME = 'Lantern police referrals';

/** "<page> – Lantern police referrals", prefixed "Error: " while the page shows errors. No victim details. */
export function useTitle(pageTitle: string, hasErrors = false): void {
  usePageTitle(pageTitle, SERVICE_NAME, hasErrors);
}
