import { BackLink } from '@lantern/ui/back-link';
import { FormActions } from '@lantern/ui/button';
import { ErrorSummary } from '@lantern/ui/error-summary';
import type { FormEvent, ReactNode } from 'react';
import type { FormErrors } from '@lantern/client/form-errors';
import { AppLayout } from '../../ui/app-layout';
import { ConflictNotice } from '../../ui/conflict-notice';
import { useTitle } from '@lantern/client/page-title';
import { STEPS, previousStepPath, stepNumber, stepPath, type StepSlug } from './steps';

export interface StepLayoutProps {
  slug: StepSlug;
  /** The draft, once step 1 has created it. */
  referral?: { id: string; reference: string; updatedAt: string };
  errors: FormErrors;
  onSubmit: () => void;
  pending: boolean;
  /** Set after a CONFLICT: explains it above the form. */
  conflict?: { onReloaded: () => void } | false;
  /** Came from "check your answers": Back returns there. */
  returnToCheck: boolean;
  submitText?: string;
  /** Wider layout for long tables of questions. */
  wide?: boolean;
  children: ReactNode;
}

/** The frame of a question page: back link, error summary, caption with the step, heading and the form. */
export function StepLayout({ slug, referral, errors, onSubmit, pending, conflict, returnToCheck, submitText = 'Save and continue', wide, children }: StepLayoutProps) {
  const step = STEPS.find((s) => s.slug === slug) as (typeof STEPS)[number];
  useTitle(`${step.title} – new referral`, errors.hasErrors);
  const back = returnToCheck && referral ? stepPath(referral.id, 'check') : previousStepPath(referral?.id, slug);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <AppLayout beforeContent={<BackLink href={back} />}>
      <div className="govuk-grid-row">
        <div className={wide ? 'govuk-grid-column-full' : 'govuk-grid-column-two-thirds'}>
          <ErrorSummary errors={errors.summary} />
          {conflict && referral && (
            <ConflictNotice referralId={referral.id} loadedUpdatedAt={referral.updatedAt} onReloaded={conflict.onReloaded} />
          )}
          <span className="govuk-caption-l">
            New referral{referral ? ` ${referral.reference}` : ''}
            <span className="govuk-visually-hidden">,</span> step {stepNumber(slug)} of {STEPS.length}
          </span>
          <h1 className="govuk-heading-l">{step.title}</h1>
          <form onSubmit={submit} noValidate>
            {children}
            <FormActions submitText={submitText} pending={pending} cancelHref="/" cancelText="Return to your referrals" />
          </form>
        </div>
      </div>
    </AppLayout>
  );
}
