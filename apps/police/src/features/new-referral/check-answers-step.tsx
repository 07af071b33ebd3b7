import { useApolloClient, useMutation } from '@apollo/client/react';
import { BackLink } from '@lantern/ui/back-link';
import { Button } from '@lantern/ui/button';
import { ErrorSummary } from '@lantern/ui/error-summary';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { readApiProblem } from '@lantern/client/api-problem';
import { ReferralDocument, SubmitReferralDocument, type ReferralFieldsFragment } from '../../gql/graphql';
import { useFormErrors } from '@lantern/client/form-errors';
import { AppLayout } from '../../ui/app-layout';
import { ConflictNotice } from '../../ui/conflict-notice';
import { useTitle } from '@lantern/client/page-title';
import { CheckAnswers, SendBlockers, sectionForApiPath, sectionId } from './check-answers';
import { useDraftStore } from '@lantern/client/use-draft-state';
import { STEPS, stepPath } from './steps';

/** Step 7: check every answer, then send the referral to the service proposed for it. */
export function CheckAnswersStep({ referral }: { referral: ReferralFieldsFragment }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const errors = useFormErrors();
  const drafts = useDraftStore();
  const [conflict, setConflict] = useState(false);
  const [submit, { loading: sending }] = useMutation(SubmitReferralDocument);
  const service = referral.proposedService;
  const blockers = referral.submissionBlockers;
  const canSend = referral.availableActions.includes('SUBMIT') && blockers.length === 0 && service != null;
  useTitle('Check your answers – new referral', errors.hasErrors);

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!service || sending) return;
    errors.clear();
    try {
      await submit({ variables: { input: { referralId: referral.id, expectedVersion: referral.version, partnerServiceId: service.id } } });
    } catch (error) {
      const problem = readApiProblem(error);
      if (problem.code === 'UNAUTHENTICATED') return;
      // A retry after a lost answer: the first send may have worked. Look before reporting a problem.
      if (problem.code === 'CONFLICT' || problem.code === 'INVALID_TRANSITION') {
        const fresh = await client.query({ query: ReferralDocument, variables: { id: referral.id }, fetchPolicy: 'network-only' }).catch(() => null);
        if (fresh?.data?.referral && fresh.data.referral.status !== 'DRAFT') {
          drafts.clearAbout(referral.id);
          void navigate(`/referrals/${referral.id}/sent`, { replace: true });
          return;
        }
        if (problem.code === 'CONFLICT') {
          setConflict(true);
          return;
        }
      }
      // Messages about answers link to the section to change; the section's "Change" link takes focus.
      if (problem.fields.length > 0) {
        errors.show(problem.fields.map((f) => ({ field: sectionId(sectionForApiPath(f.field)), message: f.message })));
      } else if (problem.code === 'CONSENT_REQUIRED') {
        errors.show([{ field: sectionId('consent'), message: problem.message }]);
      } else {
        errors.showProblem(problem);
      }
      return;
    }
    drafts.clearAbout(referral.id);
    void navigate(`/referrals/${referral.id}/sent`, { replace: true });
  };

  return (
    <AppLayout beforeContent={<BackLink href={stepPath(referral.id, 'service')} />}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <ErrorSummary errors={errors.summary} />
          {conflict && <ConflictNotice referralId={referral.id} loadedUpdatedAt={referral.updatedAt} onReloaded={() => setConflict(false)} />}
          <span className="govuk-caption-l">
            New referral {referral.reference}
            <span className="govuk-visually-hidden">,</span> step {STEPS.length} of {STEPS.length}
          </span>
          <h1 className="govuk-heading-l">Check your answers before sending the referral</h1>
          <CheckAnswers referral={referral} />

          <h2 className="govuk-heading-m">Now send the referral</h2>
          {blockers.length > 0 ? (
            <SendBlockers referral={referral} />
          ) : (
            <p className="govuk-body">
              By sending this referral you confirm the details are correct to the best of your knowledge. {service?.name ?? 'The service'} will
              be told at once and will see everything on this page.
            </p>
          )}
          <form onSubmit={(event) => void send(event)} noValidate>
            <div className="govuk-button-group">
              {canSend && <Button disabled={sending}>Send referral</Button>}
              <Link className="govuk-link" to="/">
                Return to your referrals
              </Link>
            </div>
          </form>
        </div>
      </div>
    </AppLayout>
  );
}
