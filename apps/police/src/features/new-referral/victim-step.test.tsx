import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError } from '@lantern/client/testing/fake-api';
import { completeDraft } from '../../test/referral-fixture';
import { renderScreen } from '../../test/render';
import { VictimStep } from './victim-step';

const empty = completeDraft({
  victim: {
    __typename: 'Victim',
    firstName: null,
    lastName: null,
    fullName: '',
    dateOfBirth: null,
    area: null,
    postcode: null,
    language: null,
    interpreterNeeded: null,
    accessibilityNeeds: null,
    safeContact: { __typename: 'SafeContact', phone: null, email: null, voicemailSafe: null, preferredMethod: null, safeTimes: null, safeToSpeakTo: null, notSafeToSpeakTo: null },
  },
});

describe('new referral, step 2: victim and safe contact', () => {
  it('requires the safe contact details, linking each message to its field', async () => {
    const user = userEvent.setup();
    renderScreen(<VictimStep referral={empty} />, { path: `/referrals/${empty.id}/victim` });
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      "Enter the victim's first name",
      "Enter the victim's last name",
      'Select the area where the victim lives',
      'Select the safest way to contact the victim',
      'Enter a safe phone number, or choose e-mail as the way to make contact',
      'Enter when it is safe to contact the victim',
      'Select yes if the victim needs an interpreter',
    ]);
    await user.click(within(summary).getByRole('link', { name: /Enter a safe phone number/ }));
    expect(screen.getByLabelText('Safe phone number')).toHaveFocus();
  });

  it('makes the phone number optional once e-mail is the chosen way to make contact', async () => {
    const user = userEvent.setup();
    renderScreen(<VictimStep referral={empty} />, { path: `/referrals/${empty.id}/victim` });
    expect(screen.getByLabelText('Safe e-mail address (optional)')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Email'));
    expect(screen.getByLabelText('Safe phone number (optional)')).toBeInTheDocument();
    expect(screen.getByLabelText('Safe e-mail address')).toBeInTheDocument();
  });

  it('saves with the version it read, and shows the API\'s own messages next to the fields', async () => {
    const draft = completeDraft();
    const user = userEvent.setup();
    renderScreen(<VictimStep referral={draft} />, {
      path: `/referrals/${draft.id}/victim`,
      api: {
        UpdateReferral: (v) => {
          if ((v.input as { expectedVersion: number }).expectedVersion !== 5) throw new Error('Not the version it read');
          return apiError('BAD_USER_INPUT', 'Some of the information is missing or not valid.', {
            fields: [{ field: 'victim.safeContact.phone', message: 'Enter a safe phone number, like 07700 900982' }],
          });
        },
      },
    });
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Enter a safe phone number, like 07700 900982' });
    expect(link).toHaveAttribute('href', '#victim-safeContact-phone');
    await waitFor(() => expect(screen.getByLabelText('Safe phone number')).toHaveAccessibleDescription(/Enter a safe phone number, like 07700 900982/));
  });
});
