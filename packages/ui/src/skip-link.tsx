import type { MouseEvent } from 'react';

/** GOV.UK skip link: the first focusable element of every page, moving focus to the main content. */
export function SkipLink({ targetId = 'main-content', children = 'Skip to main content' }: { targetId?: string; children?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  };
  return (
    <a href={`#${targetId}`} className="govuk-skip-link" onClick={onClick}>
      {children}
    </a>
  );
}
