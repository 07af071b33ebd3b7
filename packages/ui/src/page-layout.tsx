import type { ReactNode } from 'react';
import { Footer, type FooterLink } from './footer';
import { ServiceHeader, type ServiceHeaderProps } from './service-header';
import { ServiceNavigation, type ServiceNavigationProps } from './service-navigation';
import { SkipLink } from './skip-link';

export interface PageLayoutProps {
  header?: ServiceHeaderProps;
  /** The service navigation under the header; omit to show none. */
  navigation?: ServiceNavigationProps;
  /** Content between the navigation and `<main>`: a back link, breadcrumbs or a phase banner. */
  beforeContent?: ReactNode;
  footerLinks?: FooterLink[];
  footerContent?: ReactNode;
  children: ReactNode;
}

/**
 * The page frame every Lantern screen uses: skip link, header, service navigation, `<main id="main-content">`
 * and footer, inside GOV.UK's width container. Put the page's content (grid rows, headings) in `children`.
 */
export function PageLayout({ header, navigation, beforeContent, footerLinks, footerContent, children }: PageLayoutProps) {
  return (
    <>
      <SkipLink />
      <ServiceHeader {...header} />
      {navigation && <ServiceNavigation {...navigation} />}
      <div className="govuk-width-container">
        {beforeContent}
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer links={footerLinks}>{footerContent}</Footer>
    </>
  );
}
