import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NEUTRAL_SITE_URL } from './quick-exit';
import { startStatusPage, type StatusPageDeps } from './status-app';
import { victimStatus } from './test-fixtures';
import type { OpenLinkResult } from './victim-api';

function setUp(overrides: Partial<StatusPageDeps> = {}) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const deps: StatusPageDeps = {
    openVictimLink: vi.fn<StatusPageDeps['openVictimLink']>(),
    currentVictimStatus: vi.fn<StatusPageDeps['currentVictimStatus']>().mockResolvedValue(null),
    leaveVictimSession: vi.fn(),
    hash: '#t=token-from-link',
    forgetToken: vi.fn(),
    replaceLocation: vi.fn(),
    ...overrides,
  };
  const page = startStatusPage(root, deps);
  return { deps, stop: page.stop, page, user: userEvent.setup() };
}

const opened = (result: OpenLinkResult) => vi.fn<StatusPageDeps['openVictimLink']>().mockResolvedValue(result);

describe('victim status page', () => {
  beforeEach(() => {
    document.title = '';
  });

  it('asks for the access code when opened from a link, under a neutral title', () => {
    const { deps, stop } = setUp();
    expect(screen.getByLabelText('Enter your access code')).toBeInTheDocument();
    expect(document.title).toBe('Lantern');
    expect(deps.currentVictimStatus).not.toHaveBeenCalled();
    expect(deps.openVictimLink).not.toHaveBeenCalled();
    stop();
  });

  it('asks for a code before sending anything', async () => {
    const { deps, user, stop } = setUp();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your access code');
    expect(screen.getByRole('link', { name: 'Enter your access code' })).toHaveAttribute('href', '#access-code');
    expect(document.title).toBe('Error: Lantern');
    expect(deps.openVictimLink).not.toHaveBeenCalled();
    stop();
  });

  it('checks the code is 6 numbers before sending it', async () => {
    const { deps, user, stop } = setUp();
    await user.type(screen.getByLabelText('Enter your access code'), '12a456');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The access code must only include numbers 0 to 9');
    await user.clear(screen.getByLabelText('Enter your access code'));
    await user.type(screen.getByLabelText('Enter your access code'), '12345');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The access code must be 6 numbers');
    expect(screen.getByLabelText('Enter your access code')).toHaveAttribute('aria-describedby', 'access-code-hint access-code-error');
    expect(deps.openVictimLink).not.toHaveBeenCalled();
    stop();
  });

  it('sends the token and code, shows the status and removes the token from the address bar', async () => {
    const openVictimLink = opened({ ok: true, status: victimStatus() });
    const { deps, user, stop } = setUp({ openVictimLink });
    await user.type(screen.getByLabelText('Enter your access code'), '12 34 56');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(openVictimLink).toHaveBeenCalledWith('token-from-link', '123456');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('A support service has your details');
    expect(deps.forgetToken).toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    stop();
  });

  it('says calmly how many tries are left after a wrong code, keeping what was typed', async () => {
    const openVictimLink = opened({ ok: false, problem: { kind: 'wrong-code', attemptsLeft: 3 } });
    const { deps, user, stop } = setUp({ openVictimLink });
    await user.type(screen.getByLabelText('Enter your access code'), '111111');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The access code is not right. Check the code you were given and try again. You have 3 tries left.');
    expect(screen.getByLabelText('Enter your access code')).toHaveValue('111111');
    expect(summary.closest('.govuk-error-summary')).toHaveFocus();
    expect(deps.forgetToken).not.toHaveBeenCalled();
    stop();
  });

  it('says "1 try" when one is left', async () => {
    const openVictimLink = opened({ ok: false, problem: { kind: 'wrong-code', attemptsLeft: 1 } });
    const { user, stop } = setUp({ openVictimLink });
    await user.type(screen.getByLabelText('Enter your access code'), '111111');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You have 1 try left. If you are not sure of the code, ask the police officer dealing with your case before you try again.',
    );
    stop();
  });

  it('explains how to get a new link once the link is locked, and forgets the token', async () => {
    const openVictimLink = opened({ ok: false, problem: { kind: 'locked' } });
    const { deps, user, stop } = setUp({ openVictimLink });
    await user.type(screen.getByLabelText('Enter your access code'), '111111');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'This link has been locked' })).toBeInTheDocument();
    expect(screen.getByText(/contact the police officer dealing with your case/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Enter your access code')).not.toBeInTheDocument();
    expect(deps.forgetToken).toHaveBeenCalled();
    stop();
  });

  it('says the link does not work for an unknown, expired or revoked link', async () => {
    const openVictimLink = opened({ ok: false, problem: { kind: 'link-not-working' } });
    const { user, stop } = setUp({ openVictimLink });
    await user.type(screen.getByLabelText('Enter your access code'), '111111');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'This link does not work' })).toBeInTheDocument();
    stop();
  });

  it('shows the status of the current session when opened without a token (after a reload)', async () => {
    const currentVictimStatus = vi.fn<StatusPageDeps['currentVictimStatus']>().mockResolvedValue(victimStatus({ stage: 'CLOSED' }));
    const { stop } = setUp({ hash: '', currentVictimStatus });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Your support from Eastshire Stalking Advocacy Service has ended');
    stop();
  });

  it('asks to open the link again when there is neither a token nor a session', async () => {
    const { stop } = setUp({ hash: '' });
    expect(await screen.findByRole('heading', { name: 'Open the link you were sent' })).toBeInTheDocument();
    stop();
  });

  it('starts again with the new token when a link is opened again in the same tab', async () => {
    const openVictimLink = opened({ ok: false, problem: { kind: 'locked' } });
    const { page, user, stop } = setUp({ openVictimLink });
    await user.type(screen.getByLabelText('Enter your access code'), '111111');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'This link has been locked' });
    page.openLink('#t=a-newer-token');
    await user.type(screen.getByLabelText('Enter your access code'), '222222');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(openVictimLink).toHaveBeenLastCalledWith('a-newer-token', '222222');
    page.openLink('');
    expect(screen.getByRole('heading', { name: 'This link has been locked' })).toBeInTheDocument();
    stop();
  });

  it('leaves for a neutral site with the Exit this page button, ending the session', async () => {
    const { deps, user, stop } = setUp();
    await user.click(screen.getByRole('button', { name: 'Emergency Exit this page' }));
    expect(deps.leaveVictimSession).toHaveBeenCalled();
    expect(deps.replaceLocation).toHaveBeenCalledWith(NEUTRAL_SITE_URL);
    expect(document.body).not.toHaveTextContent('access code');
    stop();
  });

  it('leaves with the space bar on the Exit this page button, as with any button', async () => {
    const { deps, user, stop } = setUp();
    screen.getByRole('button', { name: 'Emergency Exit this page' }).focus();
    await user.keyboard(' ');
    expect(deps.replaceLocation).toHaveBeenCalledWith(NEUTRAL_SITE_URL);
    stop();
  });

  it('leaves with the Escape key', async () => {
    const { deps, user, stop } = setUp();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(deps.replaceLocation).toHaveBeenCalledWith(NEUTRAL_SITE_URL));
    expect(deps.leaveVictimSession).toHaveBeenCalled();
    stop();
  });

  it('leaves when Shift is pressed 3 times, as on GOV.UK', async () => {
    const { deps, user, stop } = setUp();
    await user.keyboard('{Shift}{Shift}');
    expect(deps.replaceLocation).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Shift, press 1 more time to exit.');
    await user.keyboard('{Shift}');
    expect(deps.replaceLocation).toHaveBeenCalledWith(NEUTRAL_SITE_URL);
    stop();
  });

  it('does not leave when Shift is used to type capitals', async () => {
    const { deps, user, stop } = setUp();
    await user.click(screen.getByLabelText('Enter your access code'));
    await user.keyboard('{Shift>}1{/Shift}{Shift>}2{/Shift}{Shift>}3{/Shift}');
    expect(screen.getByLabelText('Enter your access code')).toHaveValue('123');
    expect(deps.replaceLocation).not.toHaveBeenCalled();
    stop();
  });
});
