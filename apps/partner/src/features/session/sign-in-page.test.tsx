import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '@lantern/client/testing/fake-api';
import { listPage, viewer } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

describe('signing in and out', () => {
  it('sends a signed-out person to sign in', async () => {
    const { router } = renderApp('/caseload', { viewer: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('checks both fields before sending anything', async () => {
    const { user, api } = renderApp('/sign-in', { viewer: null });
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter your email address' })).toHaveAttribute('href', '#email');
    expect(within(summary).getByRole('link', { name: 'Enter your password' })).toHaveAttribute('href', '#password');
    expect(api.callsOf('SignIn')).toHaveLength(0);
  });

  it("shows the API's refusal against the email address and clears the password", async () => {
    const { user } = renderApp('/sign-in', {
      viewer: null,
      api: { SignIn: () => apiError('UNAUTHENTICATED', 'Enter a correct email address and password.') },
    });
    await user.type(await screen.findByLabelText('Email address'), 'advocate@eastshire-advocacy.test');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await within(await screen.findByRole('alert')).findByRole('link', { name: 'Enter a correct email address and password.' })).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Email address')).toHaveValue('advocate@eastshire-advocacy.test');
  });

  it("takes an advocate to their caseload, showing their name, organisation and role", async () => {
    const { user, router } = renderApp('/sign-in', {
      viewer: null,
      api: {
        SignIn: () => ({ data: { signIn: viewer('ADVOCATE') } }),
        ReferralList: () => ({ data: listPage([]) }),
      },
    });
    await user.type(await screen.findByLabelText('Email address'), 'advocate@eastshire-advocacy.test');
    await user.type(screen.getByLabelText('Password'), 'Lantern-demo-2026!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My caseload' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/caseload');
    const header = screen.getByRole('banner');
    expect(header).toHaveTextContent('Sam Lee');
    expect(header).toHaveTextContent('Eastshire Stalking Advocacy Service');
    expect(header).toHaveTextContent('Independent stalking advocate');
  });

  it('signs out, forgetting the session, and says so', async () => {
    const { user, api, router } = renderApp('/inbox', {
      viewer: viewer('PARTNER_MANAGER'),
      api: { ReferralList: () => ({ data: listPage([]) }), SignOut: () => ({ data: { signOut: true } }) },
    });
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('You have signed out')).toBeInTheDocument();
    expect(api.callsOf('SignOut')).toHaveLength(1);
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('shows the sign-in page with a reason when the session has ended', async () => {
    renderApp('/inbox', {
      viewer: viewer('PARTNER_MANAGER'),
      api: { ReferralList: () => apiError('UNAUTHENTICATED', 'You need to sign in to do that.') },
    });
    expect(await screen.findByText('You were signed out')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('tells police staff this is not their app', async () => {
    renderApp('/', { viewer: viewer('OFFICER') });
    expect(await screen.findByRole('heading', { level: 1, name: 'This is the support services app' })).toBeInTheDocument();
  });
});
