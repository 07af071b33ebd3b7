import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { classNames } from './class-names';
import { Link } from './link';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'inverse';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  children: ReactNode;
  variant?: ButtonVariant;
  /** Renders a link styled as a button (for navigation, not actions). */
  href?: string;
  className?: string;
}

/**
 * GOV.UK button. `type` defaults to `submit` as in GOV.UK. While a request is in flight, pass `disabled`
 * (and keep the label) so the action cannot be sent twice.
 */
export function Button({ children, variant = 'primary', href, className, type = 'submit', ...rest }: ButtonProps) {
  const classes = classNames('govuk-button', variant !== 'primary' && `govuk-button--${variant}`, className);
  if (href) {
    return (
      <Link href={href} role="button" draggable={false} className={classes} data-module="govuk-button">
        {children}
      </Link>
    );
  }
  return (
    <button {...rest} type={type} className={classes} aria-disabled={rest.disabled ? true : undefined}>
      {children}
    </button>
  );
}

/** GOV.UK button group: lines up buttons and links. */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}

/**
 * A button that looks like a link, for actions that are not navigation (e.g. "Sign out", "Acknowledge").
 */
export function LinkButton({ children, className, type = 'button', ...rest }: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> & { children: ReactNode; className?: string }) {
  return (
    <button {...rest} type={type} className={classNames('lantern-link-button', className)}>
      {children}
    </button>
  );
}

/**
 * The end of a one-action form: the submit button (disabled while `pending`, so it cannot be sent twice) and
 * a "Cancel" link back to where the person came from.
 */
export function FormActions({ submitText, variant, pending, cancelHref, cancelText = 'Cancel' }: { submitText: string; variant?: ButtonVariant; pending: boolean; cancelHref: string; cancelText?: string }) {
  return (
    <ButtonGroup>
      <Button variant={variant} disabled={pending}>
        {submitText}
      </Button>
      <Link className="govuk-link" href={cancelHref}>
        {cancelText}
      </Link>
    </ButtonGroup>
  );
}
