import { BackLink } from '@lantern/ui/back-link';
import { FormActions, type ButtonVariant } from '@lantern/ui/button';
import { ErrorSummary } from '@lantern/ui/error-summary';
import type { FormEvent, ReactNode } from 'react';
import type { FormErrors } from '@lantern/client/form-errors';
import type { Submitter } from '@lantern/client/use-submit';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import { AppLayout } from '../../ui/app-layout';
import { ConflictNotice } from '../../ui/conflict-notice';
import { useTitle } from '@lantern/client/page-title';

export interface ActionLayoutProps {
  referral: ReferralFieldsFragment;
  title: string;
  errors: FormErrors;
  submitter: Submitter;
  onSubmit: () => void;
  submitText: string;
  submitVariant?: ButtonVariant;
  children: ReactNode;
}

/** A one-action page about a referral: back link, error summary, conflict notice, heading, form. */
export function ActionLayout({ referral, title, errors, submitter, onSubmit, submitText, submitVariant, children }: ActionLayoutProps) {
  useTitle(`${title} – referral ${referral.reference}`, errors.hasErrors);
  const back = `/referrals/${referral.id}`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <AppLayout beforeContent={<BackLink href={back} />}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors.summary} />
          {submitter.conflict && (
            <ConflictNotice referralId={referral.id} loadedUpdatedAt={referral.updatedAt} onReloaded={submitter.clearConflict} />
          )}
          <span className="govuk-caption-l">Referral {referral.reference}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <form onSubmit={submit} noValidate>
            {children}
            <FormActions submitText={submitText} variant={submitVariant} pending={submitter.pending} cancelHref={back} />
          </form>
        </div>
      </div>
    </AppLayout>
  );
}
