import type { ReactNode } from 'react';
import { Link } from './link';

export interface SubNavigationItem {
  href: string;
  text: ReactNode;
  /** Marks the current page (`aria-current="page"`). */
  active?: boolean;
}

/** MoJ sub navigation: tabs-like links between views of the same thing ("My referrals", "Force referrals"). */
export function SubNavigation({ items, label = 'Secondary navigation' }: { items: SubNavigationItem[]; label?: string }) {
  return (
    <nav className="moj-sub-navigation" aria-label={label}>
      <ul className="moj-sub-navigation__list">
        {items.map((item) => (
          <li className="moj-sub-navigation__item" key={item.href}>
            <Link className="moj-sub-navigation__link" href={item.href} aria-current={item.active ? 'page' : undefined}>
              {item.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
