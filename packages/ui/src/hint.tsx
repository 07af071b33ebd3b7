import type { ReactNode } from 'react';
import { classNames } from './class-names';

/** GOV.UK hint text. `id` is referenced by the field's `aria-describedby`. */
export function Hint({ id, children, className }: { id: string; children: ReactNode; className?: string }) {
  return (
    <div id={id} className={classNames('govuk-hint', className)}>
      {children}
    </div>
  );
}
