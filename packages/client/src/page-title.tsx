import { usePageTitle } from '@lantern/ui/page-title';
import { createContext, useContext, type ReactNode } from 'react';

const ServiceNameContext = createContext('Lantern');

/** Names the service for every page title inside (set once by `AppRoot`). */
export function ServiceNameProvider({ name, children }: { name: string; children: ReactNode }) {
  return <ServiceNameContext.Provider value={name}>{children}</ServiceNameContext.Provider>;
}

/** The app's service name, as in page titles: "Lantern police referrals". */
export function useServiceName(): string {
  return useContext(ServiceNameContext);
}

/** "<page> – <service name>", prefixed "Error: " while the page shows errors. Never a victim's details. */
export function useTitle(pageTitle: string, hasErrors = false): void {
  usePageTitle(pageTitle, useServiceName(), hasErrors);
}
