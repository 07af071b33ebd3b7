import { useEffect, useId, useRef, type ReactNode } from 'react';
import { classNames } from './class-names';

export interface NotificationBannerProps {
  /** `success` for the outcome of something the user just did; omit for important information. */
  type?: 'success';
  /** Small title in the coloured bar; defaults to "Important" or "Success". */
  title?: string;
  /** The main message, shown in bold. */
  heading?: ReactNode;
  children?: ReactNode;
  /** Moves focus to a success banner when it appears (default true for success). */
  autoFocus?: boolean;
}

/** GOV.UK notification banner. */
export function NotificationBanner({ type, title, heading, children, autoFocus = type === 'success' }: NotificationBannerProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);
  return (
    <div
      ref={ref}
      className={classNames('govuk-notification-banner', type === 'success' && 'govuk-notification-banner--success')}
      role={type === 'success' ? 'alert' : 'region'}
      aria-labelledby={titleId}
      tabIndex={autoFocus ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (type === 'success' ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {heading && <p className="govuk-notification-banner__heading">{heading}</p>}
        {children}
      </div>
    </div>
  );
}
