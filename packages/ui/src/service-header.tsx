import { Link } from './link';
import { LinkButton } from './button';

export interface SignedInAccount {
  /** The person's full name. */
  name: string;
  /** Their organisation ("Eastshire Police"). */
  organisation: string;
  /** Their role in plain words ("Police officer"). */
  role: string;
  /** Signs the person out. */
  onSignOut: () => void;
  /** True while signing out. */
  signingOut?: boolean;
}

export interface ServiceHeaderProps {
  /** The product name shown as the logo text; default "Lantern". */
  productName?: string;
  /** Where the logo links to; default "/". */
  homeHref?: string;
  /** Who is signed in; omit on signed-out pages. */
  account?: SignedInAccount;
}

/**
 * Lantern's header: GOV.UK Frontend's generic header (no crown, no GOV.UK logotype) with the signed-in
 * person's name, organisation and role and a "Sign out" button always visible on the right.
 */
export function ServiceHeader({ productName = 'Lantern', homeHref = '/', account }: ServiceHeaderProps) {
  return (
    <header className="govuk-generic-header lantern-header">
      <div className="govuk-generic-header__container govuk-width-container lantern-header__container">
        <div className="govuk-generic-header__logo">
          <Link href={homeHref} className="govuk-generic-header__homepage-link">
            {productName}
          </Link>
        </div>
        {account && (
          <div className="lantern-header__account">
            <p className="lantern-header__identity">
              <span className="govuk-visually-hidden">Signed in as </span>
              <span className="lantern-header__name">{account.name}</span>
              <span className="lantern-header__detail">
                {account.organisation}
                <span aria-hidden="true"> · </span>
                <span className="govuk-visually-hidden">, </span>
                {account.role}
              </span>
            </p>
            <LinkButton className="lantern-header__sign-out" onClick={account.onSignOut} disabled={account.signingOut}>
              Sign out
            </LinkButton>
          </div>
        )}
      </div>
    </header>
  );
}
