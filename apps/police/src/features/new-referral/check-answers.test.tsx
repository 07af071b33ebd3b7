import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { answerTo } from '@lantern/client/testing/fake-api';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import { completeDraft } from '../../test/referral-fixture';
import { renderScreen } from '../../test/render';
import { CheckAnswers, SendBlockers } from './check-answers';
import { CheckAnswersStep } from './check-answers-step';

type SubmissionBlocker = ReferralFieldsFragment['submissionBlockers'][number];

/** A blocker as the API lists it in `Referral.submissionBlockers`. */
const blocker = (section: SubmissionBlocker['section'], field: string, message: string): SubmissionBlocker => ({
  __typename: 'SubmissionBlocker',
  section,
  field,
  message,
});
const WAITING_FOR_SUPERVISOR = blocker('CONSENT', 'consent', 'A supervisor must authorise sending this referral without consent');

function row(section: string, key: string): HTMLElement {
  const card = screen.getByRole('heading', { name: section }).closest('.govuk-summary-card') as HTMLElement;
  const term = within(card).getByText(key, { selector: 'dt' });
  return term.closest('.govuk-summary-list__row') as HTMLElement;
}

describe('check your answers', () => {
  it('shows every answer with a "Change" link back to its step', () => {
    const draft = completeDraft();
    render(
      <MemoryRouter>
        <CheckAnswers referral={draft} />
      </MemoryRouter>,
    );
    expect(within(row('Crime and stalking behaviour', 'Crime reference')).getByText('EA/12345/26')).toBeInTheDocument();
    expect(row('Victim and safe contact', 'Safe times to make contact')).toHaveTextContent('Weekdays 9am to midday');
    expect(row('Stalking risk screening (S-DASH)', 'Questions answered yes')).toHaveTextContent('4 of 11');
    expect(row('Stalking risk screening (S-DASH)', 'DASH')).toHaveTextContent('Completed: 15 ticks (14 or more: refer to MARAC)');
    expect(row('Consent', 'Service named')).toHaveTextContent('Eastshire Stalking Advocacy Service');
    expect(row('Service', 'Send the referral to')).toHaveTextContent('Eastshire Stalking Advocacy Service');

    const change = screen.getByRole('link', { name: 'Change safe phone number' });
    expect(change).toHaveAttribute('href', `/referrals/${draft.id}/victim?from=check`);
    expect(screen.getByRole('link', { name: 'Change answer to question 3' })).toHaveAttribute('href', `/referrals/${draft.id}/risk?from=check`);
    expect(screen.getByRole('link', { name: 'Change consent' })).toHaveAttribute('href', `/referrals/${draft.id}/consent?from=check`);
    // Free text is shown as typed, never as HTML.
    expect(row('Crime and stalking behaviour', 'What has happened')).toHaveTextContent('Messages every day since January. Waits outside her work.');
  });

  it('lists what the API says stops the referral being sent, each linking to its section', () => {
    const blocked = completeDraft({
      screening: null,
      stalkingProtectionOrder: null,
      proposedService: null,
      submissionBlockers: [
        blocker('RISK', 'screening', 'Complete the S-DASH screening and risk level'),
        blocker('STALKING_PROTECTION_ORDER', 'stalkingProtectionOrder', 'Record whether a Stalking Protection Order has been considered'),
        blocker('SERVICE', 'partnerServiceId', 'Choose the service to send the referral to'),
      ],
    });
    render(<SendBlockers referral={blocked} />);
    const links = screen.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Complete the S-DASH screening and risk level', '#check-risk'],
      ['Record whether a Stalking Protection Order has been considered', '#check-order'],
      ['Choose the service to send the referral to', '#check-service'],
    ]);
  });

  it('says a referral waiting for a supervisor stays a draft until they decide', () => {
    const waiting = completeDraft({
      submissionBlockers: [WAITING_FOR_SUPERVISOR],
      consent: null,
      noConsentAuthorisation: {
        __typename: 'NoConsentAuthorisation',
        state: 'REQUESTED',
        reason: 'Too frightened',
        safeguardingBasis: 'Risk to life',
        requestedAt: '2026-03-02T09:00:00.000Z',
        decidedAt: null,
        decisionNote: null,
        requestedBy: { __typename: 'StaffMember', id: 'user-1', name: 'Priya Shah' },
        decidedBy: null,
      },
    });
    render(<SendBlockers referral={waiting} />);
    expect(screen.getByRole('link', { name: WAITING_FOR_SUPERVISOR.message })).toHaveAttribute('href', '#check-consent');
    expect(screen.getByText('The referral stays in your referrals as a draft until they decide.')).toBeInTheDocument();
  });

  it('sends the referral to the proposed service, with the version it read, then confirms', async () => {
    const draft = completeDraft();
    const user = userEvent.setup();
    const { location } = renderScreen(<CheckAnswersStep referral={draft} />, {
      path: `/referrals/${draft.id}/check`,
      api: {
        SubmitReferral: answerTo(
          { input: { referralId: draft.id, expectedVersion: 5, partnerServiceId: 'service-1' } },
          { data: { submitReferral: { ...draft, status: 'SUBMITTED', version: 6 } } },
        ),
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Send referral' }));
    await waitFor(() => expect(location()).toContain(`/referrals/${draft.id}/sent`));
    // The proposed service is on the draft in the API: nothing about the draft is kept in the browser.
    expect(Object.keys(window.sessionStorage).filter((key) => key.includes(draft.id))).toEqual([]);
  });

  it('offers no "Send referral" while a supervisor has not authorised it, or when the API does not allow sending', async () => {
    const waiting = completeDraft({
      consent: null,
      submissionBlockers: [WAITING_FOR_SUPERVISOR],
      noConsentAuthorisation: {
        __typename: 'NoConsentAuthorisation',
        state: 'REQUESTED',
        reason: 'Too frightened',
        safeguardingBasis: 'Risk to life',
        requestedAt: '2026-03-02T09:00:00.000Z',
        decidedAt: null,
        decisionNote: null,
        requestedBy: { __typename: 'StaffMember', id: 'user-1', name: 'Priya Shah' },
        decidedBy: null,
      },
    });
    const api = {};
    const { unmount } = renderScreen(<CheckAnswersStep referral={waiting} />, { path: `/referrals/${waiting.id}/check`, api });
    expect(await screen.findByRole('link', { name: 'A supervisor must authorise sending this referral without consent' })).toHaveAttribute('href', '#check-consent');
    expect(screen.queryByRole('button', { name: 'Send referral' })).not.toBeInTheDocument();
    unmount();

    const notAllowed = completeDraft({ availableActions: ['UPDATE'] });
    renderScreen(<CheckAnswersStep referral={notAllowed} />, { path: `/referrals/${notAllowed.id}/check`, api });
    await screen.findByText(/will be told at once/);
    expect(screen.queryByRole('button', { name: 'Send referral' })).not.toBeInTheDocument();
  });
});
