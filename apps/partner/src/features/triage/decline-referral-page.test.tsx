import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '@lantern/client/testing/fake-api';
import { caseReferral, viewer } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { DeclineReferralDocument } from '../../gql/graphql';
import { CONFLICT_MESSAGE } from '../referral/use-case-submit';

const declined = caseReferral({
  status: 'DECLINED',
  version: 4,
  availableActions: [],
  decline: {
    __typename: 'ReferralDecline',
    reason: 'CAPACITY',
    note: 'Try Eastshire Victim Care.',
    at: '2026-03-02T10:00:00.000Z',
    by: { __typename: 'StaffMember', id: 'u-manager', name: 'Grace Okafor' },
  },
} as never);

describe('declining a referral', () => {
  it('asks for a reason, and a note when the reason is "Other"', async () => {
    const { user, api } = renderApp('/referrals/ref-1/decline', {
      viewer: viewer('PARTNER_MANAGER'),
      api: { ReferralCase: () => ({ data: { referral: caseReferral() } }) },
    });
    await user.click(await screen.findByRole('button', { name: 'Decline referral' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select why you are declining the referral' })).toHaveAttribute('href', '#reason');
    expect(document.title).toBe('Error: Decline referral – Lantern for support services');

    await user.click(screen.getByLabelText('Other reason'));
    await user.click(screen.getByRole('button', { name: 'Decline referral' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Explain why you are declining the referral' })).toHaveAttribute(
      'href',
      '#note',
    );
    expect(api.callsOf('DeclineReferral')).toHaveLength(0);
  });

  it('sends the reason, the note and the version it read, then shows the referral', async () => {
    const { user, api, router } = renderApp('/referrals/ref-1/decline', {
      viewer: viewer('PARTNER_MANAGER'),
      api: {
        ReferralCase: () => ({ data: { referral: caseReferral() } }),
        DeclineReferral: () => ({ data: { declineReferral: declined } }),
      },
    });
    await user.click(await screen.findByLabelText('We do not have capacity'));
    await user.type(screen.getByLabelText('Note for the officer in the case'), 'Try Eastshire Victim Care.');
    await user.click(screen.getByRole('button', { name: 'Decline referral' }));
    expect(await screen.findByText('Referral declined. The police have been told.')).toBeInTheDocument();
    expect(api.callsOf('DeclineReferral')[0]?.variables).toEqual({
      input: { referralId: 'ref-1', expectedVersion: 3, reason: 'CAPACITY', note: 'Try Eastshire Victim Care.' },
    });
    expect(router.state.location.pathname).toBe('/referrals/ref-1');
  });

  it('keeps what was typed after a CONFLICT, reloads the referral and sends the new version next time', async () => {
    let reads = 0;
    let declines = 0;
    const { user, api } = renderApp('/referrals/ref-1/decline', {
      viewer: viewer('PARTNER_MANAGER'),
      api: {
        ReferralCase: () => {
          reads += 1;
          return { data: { referral: caseReferral({ version: reads === 1 ? 3 : 5 }) } };
        },
        DeclineReferral: () => {
          declines += 1;
          return declines === 1 ? apiError('CONFLICT', 'Changed by someone else') : { data: { declineReferral: declined } };
        },
      },
    });
    await user.click(await screen.findByLabelText('Other reason'));
    await user.type(screen.getByLabelText('Note for the officer in the case'), 'Outside our area.');
    await user.click(screen.getByRole('button', { name: 'Decline referral' }));
    expect(await screen.findByText(CONFLICT_MESSAGE)).toBeInTheDocument();
    expect(screen.getByLabelText('Note for the officer in the case')).toHaveValue('Outside our area.');
    expect(screen.getByLabelText('Other reason')).toBeChecked();
    await screen.findByRole('button', { name: 'Decline referral' });
    expect(reads).toBeGreaterThanOrEqual(2);

    await user.click(screen.getByRole('button', { name: 'Decline referral' }));
    expect(await screen.findByText('Referral declined. The police have been told.')).toBeInTheDocument();
    expect(api.variablesOf(DeclineReferralDocument)[1]?.input.expectedVersion).toBe(5);
  });

  it('does not offer the form when the API does not list the action', async () => {
    renderApp('/referrals/ref-1/decline', {
      viewer: viewer('ADVOCATE'),
      api: { ReferralCase: () => ({ data: { referral: caseReferral({ availableActions: [] }) } }) },
    });
    expect(await screen.findByRole('heading', { name: 'You cannot decline this referral now' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Decline referral' })).not.toBeInTheDocument();
  });
});
