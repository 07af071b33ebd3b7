import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { draftStorageKey, draftStore } from '@lantern/client/draft-store';
import { answerTo } from '@lantern/client/testing/fake-api';
import { OFFICER, SERVICES, completeDraft } from '../../test/referral-fixture';
import { renderScreen } from '../../test/render';
import { CheckAnswers, sendBlockers } from './check-answers';
import { CheckAnswersStep } from './check-answers-step';
import { chosenServiceKey } from './steps';

const service = { id: 'service-1', name: 'Eastshire Stalking Advocacy Service' };
/** The signed-in officer's drafts, where the chosen service is kept until the referral is sent. */
const drafts = draftStore(OFFICER.user.id);

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
        <CheckAnswers referral={draft} service={service} />
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

  it('lists what stops the referral being sent', () => {
    const complete = completeDraft();
    expect(sendBlockers(complete, service)).toEqual([]);
    expect(sendBlockers(complete, null).map((b) => b.section)).toEqual(['service']);
    const waiting = completeDraft({
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
    expect(sendBlockers(waiting, service)).toEqual([{ section: 'consent', message: 'A supervisor must authorise sending this referral without consent' }]);
    expect(sendBlockers(completeDraft({ screening: null, protectiveOrder: null }), service).map((b) => b.section)).toEqual(['risk', 'order']);
  });

  it('sends the referral to the chosen service, with the version it read, then confirms', async () => {
    const draft = completeDraft();
    drafts.save(chosenServiceKey(draft.id), { serviceId: 'service-1' });
    const user = userEvent.setup();
    const { location } = renderScreen(<CheckAnswersStep referral={draft} />, {
      path: `/referrals/${draft.id}/check`,
      api: {
        ServiceDirectory: answerTo({ area: 'Eastshire North' }, { data: { serviceDirectory: SERVICES } }),
        SubmitReferral: answerTo(
          { input: { referralId: draft.id, expectedVersion: 5, partnerServiceId: 'service-1' } },
          { data: { submitReferral: { ...draft, status: 'SUBMITTED', version: 6 } } },
        ),
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Send referral' }));
    await waitFor(() => expect(location()).toContain(`/referrals/${draft.id}/sent`));
    expect(window.sessionStorage.getItem(draftStorageKey(OFFICER.user.id, chosenServiceKey(draft.id)))).toBeNull();
  });

  it('offers no "Send referral" while a supervisor has not authorised it, or when the API does not allow sending', async () => {
    const waiting = completeDraft({
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
    drafts.save(chosenServiceKey(waiting.id), { serviceId: 'service-1' });
    const api = { ServiceDirectory: answerTo({ area: 'Eastshire North' }, { data: { serviceDirectory: SERVICES } }) };
    const { unmount } = renderScreen(<CheckAnswersStep referral={waiting} />, { path: `/referrals/${waiting.id}/check`, api });
    expect(await screen.findByRole('link', { name: 'A supervisor must authorise sending this referral without consent' })).toHaveAttribute('href', '#check-consent');
    expect(screen.queryByRole('button', { name: 'Send referral' })).not.toBeInTheDocument();
    unmount();

    const notAllowed = completeDraft({ availableActions: ['UPDATE'] });
    drafts.save(chosenServiceKey(notAllowed.id), { serviceId: 'service-1' });
    renderScreen(<CheckAnswersStep referral={notAllowed} />, { path: `/referrals/${notAllowed.id}/check`, api });
    await screen.findByText(/will be told at once/);
    expect(screen.queryByRole('button', { name: 'Send referral' })).not.toBeInTheDocument();
  });
});
