import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allocatedReferral, viewer } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

describe('closing a referral', () => {
  it('needs an outcome and a reason, then closes with both', async () => {
    const closed = allocatedReferral({ status: 'CLOSED', version: 4, availableActions: [] });
    const { user, api } = renderApp('/referrals/ref-1/close', {
      viewer: viewer('ADVOCATE'),
      api: {
        ReferralCase: () => ({ data: { referral: allocatedReferral() } }),
        CloseReferral: () => ({ data: { closeReferral: closed } }),
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Close referral' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select the outcome' })).toHaveAttribute('href', '#outcome');
    expect(within(summary).getByRole('link', { name: 'Enter the reason for closing the referral' })).toHaveAttribute('href', '#reason');

    await user.click(screen.getByLabelText('Unable to contact'));
    await user.type(screen.getByLabelText('Reason for closing'), 'Five attempts over two weeks.');
    await user.click(screen.getByRole('button', { name: 'Close referral' }));
    expect(await screen.findByText('Referral closed. The police have been told.')).toBeInTheDocument();
    expect(api.callsOf('CloseReferral')[0]?.variables).toEqual({
      input: { referralId: 'ref-1', expectedVersion: 3, outcome: 'UNABLE_TO_CONTACT', reason: 'Five attempts over two weeks.' },
    });
  });
});
