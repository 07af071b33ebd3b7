import type { ReactNode } from 'react';
import { Link } from './link';

export interface FooterLink {
  href: string;
  text: string;
}

/** GOV.UK footer without the crown or the Open Government Licence (Lantern is not a GOV.UK service). */
export function Footer({ links = [], children }: { links?: FooterLink[]; children?: ReactNode }) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {links.length > 0 && (
              <>
                <h2 className="govuk-visually-hidden">Support links</h2>
                <ul className="govuk-footer__inline-list">
                  {links.map((link) => (
                    <li className="govuk-footer__inline-list-item" key={link.href}>
                      <Link className="govuk-footer__link" href={link.href}>
                        {link.text}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {children}
          </div>
        </div>
      </div>
    </footer>
  );
}
