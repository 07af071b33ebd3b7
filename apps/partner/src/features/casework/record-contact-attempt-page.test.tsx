import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '@lantern/client/testing/fake-api';
import { allocatedReferral, viewer } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

describe('recording a contact attempt', () => {
  it('puts the safe contact answers in front of the advocate before the form', async () => {
    renderApp('/referrals/ref-1/contact-attempt', {
      viewer: viewer('ADVOCATE'),
      api: { ReferralCase: () => ({ data: { referral: allocatedReferral() } }) },
    });
    const card = await screen.findByRole('region', { name: 'Before you contact Chloe' });
    expect(within(card).getByText('Do not leave a voicemail.')).toBeInTheDocument();
    expect(within(card).getByText('Not safe to speak to: Anyone answering as her partner')).toBeInTheDocument();
    expect(within(card).getByText('Only contact at these times: Weekdays 10am to 2pm')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '07700 900104' })).toHaveAttribute('href', 'tel:07700900104');
    // The card comes before the form in reading order.
    const form = screen.getByRole('group', { name: 'What happened?' });
    expect(card.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('asks what happened, then records the outcome and note', async () => {
    const { user, api, router } = renderApp('/referrals/ref-1/contact-attempt', {
      viewer: viewer('ADVOCATE'),
      api: {
        ReferralCase: () => ({ data: { referral: allocatedReferral() } }),
        RecordContactAttempt: () => ({ data: { recordContactAttempt: allocatedReferral({ version: 4 }) } }),
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Save contact attempt' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Select what happened when you tried to make contact' })).toHaveAttribute(
      'href',
      '#outcome',
    );
    await user.click(screen.getByLabelText('Unsafe to talk'));
    await user.type(screen.getByLabelText('Note (optional)'), 'She whispered that he was there.');
    await user.click(screen.getByRole('button', { name: 'Save contact attempt' }));
    expect(await screen.findByText('Contact attempt recorded: unsafe to talk')).toBeInTheDocument();
    expect(api.callsOf('RecordContactAttempt')[0]?.variables).toEqual({
      input: { referralId: 'ref-1', expectedVersion: 3, outcome: 'UNSAFE_TO_TALK', note: 'She whispered that he was there.' },
    });
    expect(router.state.location.pathname).toBe('/referrals/ref-1/activity');
  });

  it("shows the API's field errors against the field", async () => {
    const { user } = renderApp('/referrals/ref-1/contact-attempt', {
      viewer: viewer('ADVOCATE'),
      api: {
        ReferralCase: () => ({ data: { referral: allocatedReferral() } }),
        RecordContactAttempt: () =>
          apiError('BAD_USER_INPUT', 'Some of the information is missing or not valid.', {
            fields: [{ field: 'note', message: 'The note must not contain only spaces' }],
          }),
      },
    });
    await user.click(await screen.findByLabelText('No answer'));
    await user.type(screen.getByLabelText('Note (optional)'), 'x');
    await user.click(screen.getByRole('button', { name: 'Save contact attempt' }));
    const link = await within(await screen.findByRole('alert')).findByRole('link', { name: 'The note must not contain only spaces' });
    expect(link).toHaveAttribute('href', '#note');
    expect(screen.getByLabelText('Note (optional)')).toHaveAccessibleDescription(/The note must not contain only spaces/);
  });
});
