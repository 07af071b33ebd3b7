import { createContext, useCallback, useContext, type AnchorHTMLAttributes, type ComponentType, type ReactNode } from 'react';

/** Props every link component receives: the usual anchor attributes with a required `href`. */
export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** Renders a link with the app's router, when the app provides one. */
const RenderLinkContext = createContext<((props: LinkProps) => ReactNode) | null>(null);

/**
 * Lets an app render every link inside the shared components with its router's link, so navigation stays
 * client-side. Example with React Router:
 * `const RouterLink = ({ href, ...rest }: LinkProps) => <Link to={href} {...rest} />;`
 * `<LinkProvider component={RouterLink}>...</LinkProvider>`.
 * Without a provider, plain `<a>` elements are rendered.
 */
export function LinkProvider({ component: Component, children }: { component: ComponentType<LinkProps>; children: ReactNode }) {
  const renderLink = useCallback((props: LinkProps) => <Component {...props} />, [Component]);
  return <RenderLinkContext.Provider value={renderLink}>{children}</RenderLinkContext.Provider>;
}

/** A link that uses the app's router link when one is provided. Pass `className` (e.g. `govuk-link`). */
export function Link(props: LinkProps) {
  const renderLink = useContext(RenderLinkContext);
  if (renderLink) return renderLink(props);
  const { children, ...anchor } = props;
  return <a {...anchor}>{children}</a>;
}
