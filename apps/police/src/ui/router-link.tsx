import type { LinkProps } from '@lantern/ui/link';
import { Link } from 'react-router';

/** Renders the shared components' links with React Router, so navigation stays inside the app. */
export function RouterLink({ href, ...rest }: LinkProps) {
  return <Link to={href} {...rest} />;
}
