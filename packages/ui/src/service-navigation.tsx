import { useEffect, useState, type ReactNode } from 'react';
import { classNames } from './class-names';
import { Link } from './link';

export interface ServiceNavigationItem {
  href: string;
  text: ReactNode;
  /** The current page (`aria-current="page"`) or, with `activeSection`, a page inside this section. */
  active?: boolean;
  /** With `active`: mark as the current section (`aria-current="true"`) rather than the exact page. */
  activeSection?: boolean;
}

export interface ServiceNavigationProps {
  /** The app's name, e.g. "Police referrals". */
  serviceName: string;
  serviceHref?: string;
  items?: ServiceNavigationItem[];
  /** Landmark label; default "Menu". */
  navigationLabel?: string;
}

/**
 * GOV.UK service navigation: the service name and the main sections. On narrow screens with more than one
 * item the list collapses behind a "Menu" button (done here in React, as GOV.UK's script would).
 */
/** GOV.UK's tablet breakpoint: from here the navigation is always shown. */
const WIDE = '(min-width: 40.0625em)';

function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => typeof window === 'undefined' || !window.matchMedia || window.matchMedia(WIDE).matches);
  useEffect(() => {
    if (!window.matchMedia) return;
    const query = window.matchMedia(WIDE);
    const update = () => setWide(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return wide;
}

export function ServiceNavigation({ serviceName, serviceHref, items = [], navigationLabel = 'Menu' }: ServiceNavigationProps) {
  const [open, setOpen] = useState(false);
  const wide = useWideScreen();
  const collapsible = items.length > 1 && !wide;
  return (
    <section aria-label="Service information" className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            {serviceHref ? (
              <Link href={serviceHref} className="govuk-service-navigation__link">
                {serviceName}
              </Link>
            ) : (
              <span className="govuk-service-navigation__text">{serviceName}</span>
            )}
          </span>
          {items.length > 0 && (
            <nav aria-label={navigationLabel} className="govuk-service-navigation__wrapper">
              {collapsible && (
                <button
                  type="button"
                  className="govuk-service-navigation__toggle"
                  aria-controls="navigation"
                  aria-expanded={open}
                  onClick={() => setOpen((value) => !value)}
                >
                  Menu
                </button>
              )}
              <ul className="govuk-service-navigation__list" id="navigation" hidden={collapsible && !open}>
                {items.map((item) => (
                  <li
                    key={item.href}
                    className={classNames('govuk-service-navigation__item', item.active && 'govuk-service-navigation__item--active')}
                  >
                    <Link
                      className="govuk-service-navigation__link"
                      href={item.href}
                      aria-current={item.active ? (item.activeSection ? 'true' : 'page') : undefined}
                      onClick={() => setOpen(false)}
                    >
                      {item.active ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </div>
      </div>
    </section>
  );
}
