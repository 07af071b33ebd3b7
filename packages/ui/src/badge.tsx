import type { ReactNode } from 'react';
import { classNames } from './class-names';

/** MoJ badge colours that pass contrast on white. */
export type BadgeColour = 'red' | 'blue' | 'green' | 'purple' | 'bright-purple' | 'black' | 'grey';

/**
 * MoJ badge: a small outlined label for counts and alerts next to an item ("Urgent", "Overdue").
 * `label` replaces the text for screen readers when the visible text is terse (e.g. a number).
 */
export function Badge({ children, colour, large, label }: { children: ReactNode; colour?: BadgeColour; large?: boolean; label?: string }) {
  return (
    <span className={classNames('moj-badge', colour && `moj-badge--${colour}`, large && 'moj-badge--large')}>
      {label ? (
        <>
          <span aria-hidden="true">{children}</span>
          <span className="govuk-visually-hidden">{label}</span>
        </>
      ) : (
        children
      )}
    </span>
  );
}
