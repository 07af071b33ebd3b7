import type { LinkProps } from '@lantern/ui/link';
import { Link } from 'react-router';

/** Lets the shared components' links navigate inside the app without reloading the page. */
export function RouterLink({ href, ...rest }: LinkProps) {
  if (/^(https?:|mailto:|tel:|#)/.test(href)) return <a href={href} {...rest} />;
  return <Link to={href} {...rest} />;
}
