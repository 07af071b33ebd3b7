import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '@lantern/client/testing/fake-api';
import { allocatedReferral, viewer } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

describe('a session that ends while a form is being filled in', () => {
  it('asks the advocate to sign in again, then brings them back to the form with what they typed', async () => {
    const { user, router } = renderApp('/referrals/ref-1/safeguarding-update', {
      viewer: viewer('ADVOCATE'),
      api: {
        ReferralCase: () => ({ data: { referral: allocatedReferral() } }),
        PostSafeguardingUpdate: () => apiError('UNAUTHENTICATED', 'You need to sign in to do that.'),
        SignIn: () => ({ data: { signIn: viewer('ADVOCATE') } }),
      },
    });
    await user.type(await screen.findByLabelText('Update'), 'Long call.');
    await user.click(screen.getByLabelText('Support plan note'));
    await user.click(screen.getByLabelText('No change'));
    await user.click(within(screen.getByRole('group', { name: 'Do the police need to take action?' })).getByLabelText('No'));
    await user.click(within(screen.getByRole('group', { name: /Should the victim see this update/ })).getByLabelText('No'));
    await user.click(screen.getByRole('button', { name: 'Post update' }));
    expect(await screen.findByText('You were signed out')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Email address'), 'advocate@eastshire-advocacy.test');
    await user.type(screen.getByLabelText('Password'), 'Lantern-demo-2026!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Post a safeguarding update' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/referrals/ref-1/safeguarding-update');
    expect(screen.getByLabelText('Update')).toHaveValue('Long call.');
    expect(screen.getByLabelText('Support plan note')).toBeChecked();
    expect(screen.getByLabelText('No change')).toBeChecked();
  }, 20_000);

  it('never shows one person’s unsent draft to someone else who signs in on the same tab', async () => {
    sessionStorage.setItem('lantern-draft:u-advocate:safeguarding-update:ref-1', JSON.stringify({ text: 'Not for anyone else' }));
    const { user } = renderApp('/sign-in', {
      viewer: null,
      api: { SignIn: () => ({ data: { signIn: viewer('PARTNER_MANAGER') } }), ReferralList: () => ({ data: { referrals: { __typename: 'ReferralConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } }) },
    });
    await user.type(await screen.findByLabelText('Email address'), 'manager@eastshire-advocacy.test');
    await user.type(screen.getByLabelText('Password'), 'Lantern-demo-2026!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { level: 1, name: 'New referrals' });
    expect(sessionStorage.getItem('lantern-draft:u-advocate:safeguarding-update:ref-1')).toBeNull();
  });
});
