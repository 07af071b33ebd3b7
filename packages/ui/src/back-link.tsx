import { Link } from './link';

/** GOV.UK back link. Put it before `<main>` content (the page layout's `beforeContent`). */
export function BackLink({ href, children = 'Back' }: { href: string; children?: string }) {
  return (
    <Link href={href} className="govuk-back-link">
      {children}
    </Link>
  );
}
