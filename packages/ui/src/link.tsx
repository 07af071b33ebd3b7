import { createContext, useContext, type AnchorHTMLAttributes, type ComponentType, type ReactNode } from 'react';

/** Props every link component receives: the usual anchor attributes with a required `href`. */
export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

const LinkComponentContext = createContext<ComponentType<LinkProps> | null>(null);

/**
 * Lets an app render every link inside the shared components with its router's link, so navigation stays
 * client-side. Example with React Router:
 * `const RouterLink = ({ href, ...rest }: LinkProps) => <Link to={href} {...rest} />;`
 * `<LinkProvider component={RouterLink}>...</LinkProvider>`.
 * Without a provider, plain `<a>` elements are rendered.
 */
export function LinkProvider({ component, children }: { component: ComponentType<LinkProps>; children: ReactNode }) {
  return <LinkComponentContext.Provider value={component}>{children}</LinkComponentContext.Provider>;
}

/** A link that uses the app's router link when one is provided. Pass `className` (e.g. `govuk-link`). */
export function Link(props: LinkProps) {
  const Component = useContext(LinkComponentContext);
  if (Component) return <Component {...props} />;
  return <a {...props} />;
}
