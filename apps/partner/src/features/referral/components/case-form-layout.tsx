import type { FormEvent, ReactNode } from 'react';
import { FormActions, type ButtonVariant } from '@lantern/ui/button';
import { ErrorSummary, type ErrorSummaryItem } from '@lantern/ui/error-summary';
import type { CaseReferral } from '../use-referral-case';
import { CaseCaption } from './case-form-frame';

/**
 * The page around a form that changes a referral: error summary, whose referral it is, the heading, anything
 * to read first (`before`), the fields, then the submit button and "Cancel" back to the referral.
 */
export function CaseFormLayout({
  referral,
  title,
  errors,
  before,
  onSubmit,
  submitText,
  submitVariant = 'primary',
  submitting,
  children,
}: {
  referral: CaseReferral;
  title: string;
  errors: ErrorSummaryItem[];
  before?: ReactNode;
  onSubmit: () => Promise<void>;
  submitText: string;
  submitVariant?: ButtonVariant;
  submitting: boolean;
  children: ReactNode;
}) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <ErrorSummary errors={errors} />
        <CaseCaption referral={referral} />
        <h1 className="govuk-heading-l">{title}</h1>
        {before}
        <form onSubmit={submit} noValidate>
          {children}
          <FormActions submitText={submitText} variant={submitVariant} pending={submitting} cancelHref={`/referrals/${referral.id}`} />
        </form>
      </div>
    </div>
  );
}
