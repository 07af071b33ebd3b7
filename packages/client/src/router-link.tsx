import type { LinkProps } from '@lantern/ui/link';
import { Link } from 'react-router';

/**
 * Renders the shared components' links with React Router, so navigation stays inside the app. Links that
 * leave the app (`https:`, `mailto:`, `tel:`) and links within the page (`#id`) stay plain anchors.
 */
export function RouterLink({ href, children, ...rest }: LinkProps) {
  if (/^(https?:|mailto:|tel:|#)/.test(href)) {
    return (
      <a href={href} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <Link to={href} {...rest}>
      {children}
    </Link>
  );
}
