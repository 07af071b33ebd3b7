import type { ReactNode } from 'react';
import { classNames } from './class-names';

/** GOV.UK Frontend 6 tag colours; the default (no colour) is blue. */
export type TagColour = 'grey' | 'green' | 'teal' | 'turquoise' | 'purple' | 'magenta' | 'pink' | 'red' | 'orange' | 'yellow';

/** GOV.UK tag for a status ("Sent to service", "Overdue"). Keep the words short; colour is never the only signal. */
export function Tag({ children, colour, className }: { children: ReactNode; colour?: TagColour; className?: string }) {
  return <strong className={classNames('govuk-tag', colour && `govuk-tag--${colour}`, className)}>{children}</strong>;
}
