import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from './button';

export interface SelectedFilterCategory {
  heading: string;
  items: Array<{ key: string; text: string; onRemove: () => void }>;
}

export interface FilterProps {
  /** Heading of the panel; default "Filter". */
  heading?: string;
  /** What is currently applied, shown as removable tags. */
  selected?: SelectedFilterCategory[];
  onClearAll?: () => void;
  /** Called when the form is submitted ("Apply filters"). */
  onApply: () => void;
  submitText?: string;
  /** The filter options: usually small checkboxes and a search input. */
  children: ReactNode;
}

/**
 * MoJ filter panel: a form with the applied filters as removable tags above the options. It keeps no state:
 * the app holds the values and applies them on submit. Pair with `FilterLayout`.
 */
export function Filter({ heading = 'Filter', selected = [], onClearAll, onApply, submitText = 'Apply filters', children }: FilterProps) {
  const applied = selected.filter((category) => category.items.length > 0);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply();
  };
  return (
    <div className="moj-filter">
      <div className="moj-filter__header">
        <div className="moj-filter__header-title">
          <h2 className="govuk-heading-m">{heading}</h2>
        </div>
      </div>
      <div className="moj-filter__content">
        {applied.length > 0 && (
          <div className="moj-filter__selected">
            <div className="moj-filter__selected-heading">
              <div className="moj-filter__heading-title">
                <h2 className="govuk-heading-m">Selected filters</h2>
              </div>
              {onClearAll && (
                <div className="moj-filter__heading-action">
                  <p>
                    <button type="button" className="lantern-link-button govuk-link--no-visited-state" onClick={onClearAll}>
                      Clear filters
                    </button>
                  </p>
                </div>
              )}
            </div>
            {applied.map((category) => (
              <div key={category.heading}>
                <h3 className="govuk-heading-s govuk-!-margin-bottom-0">{category.heading}</h3>
                <ul className="moj-filter-tags">
                  {category.items.map((item) => (
                    <li key={item.key}>
                      <button type="button" className="moj-filter__tag" onClick={item.onRemove}>
                        <span className="govuk-visually-hidden">Remove this filter</span> {item.text}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
        <form className="moj-filter__options" onSubmit={submit} noValidate>
          <Button>{submitText}</Button>
          {children}
        </form>
      </div>
    </div>
  );
}

/** GOV.UK's desktop breakpoint: the filter starts open from here, closed on smaller screens. */
const DESKTOP = '(min-width: 48.0625em)';

/**
 * MoJ filter layout: the filter panel beside the results on desktop, above them on narrow screens, with the
 * MoJ "Show filter" / "Hide filter" toggle button (open at first on desktop, closed on phones).
 */
export function FilterLayout({ filter, children }: { filter: ReactNode; children: ReactNode }) {
  const id = useId();
  const [open, setOpen] = useState(() => typeof window === 'undefined' || !window.matchMedia || window.matchMedia(DESKTOP).matches);
  return (
    <>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-3 moj-filter-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? 'Hide filter' : 'Show filter'}
      </button>
      <div className="moj-filter-layout">
        <div className="moj-filter-layout__filter" id={id} hidden={!open}>
          {filter}
        </div>
        <div className="moj-filter-layout__content">{children}</div>
      </div>
    </>
  );
}
