import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { caseReferral, listItem, listPage, viewer } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

describe('referral lists', () => {
  it("shows a manager's inbox of new referrals, acceptance deadline and risk first, most pressing first", async () => {
    const { api } = renderApp('/', {
      viewer: viewer('PARTNER_MANAGER'),
      api: { ReferralList: () => ({ data: listPage([listItem()]) }) },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'New referrals' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'New referrals' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Accept or decline', 'Risk', 'Referral', 'Received']);
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Overdue by 3 Mar 2026');
    expect(row).toHaveTextContent('High risk');
    expect(within(row).getByRole('link', { name: /^Chloe Bennett\s*, referral EAS-2026-000123$/ })).toHaveAttribute('href', '/referrals/ref-1');
    expect(api.callsOf('ReferralList')[0]?.variables).toMatchObject({ filter: { statuses: ['SUBMITTED'] }, sort: 'PRIORITY', first: 25 });
  });

  it("shows an advocate's own open cases in priority order, and applies filters and search", async () => {
    const { user, api } = renderApp('/caseload', {
      viewer: viewer('ADVOCATE'),
      api: { ReferralList: () => ({ data: listPage([listItem({ status: 'ALLOCATED' })]) }) },
    });
    await screen.findByRole('table', { name: 'My caseload' });
    expect(api.callsOf('ReferralList')[0]?.variables).toMatchObject({
      filter: { assignedToMe: true, statuses: ['ALLOCATED', 'IN_CONTACT'] },
      sort: 'PRIORITY',
    });
    await user.click(screen.getByLabelText('High risk'));
    await user.click(screen.getByLabelText('Overdue only'));
    await user.type(screen.getByLabelText('Search'), '  Bennett ');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await screen.findByRole('button', { name: /Remove this filter\s+Bennett/ });
    expect(api.calls.at(-1)?.variables).toMatchObject({
      filter: { assignedToMe: true, statuses: ['ALLOCATED', 'IN_CONTACT'], riskLevels: ['HIGH'], overdue: true, search: 'Bennett' },
    });
  });

  it('pages through results with the cursor', async () => {
    const { user, api } = renderApp('/referrals', {
      viewer: viewer('PARTNER_MANAGER'),
      api: {
        ReferralList: (variables) =>
          variables.after ? { data: listPage([listItem({ id: 'ref-2', reference: 'EAS-2026-000124' })]) } : { data: listPage([listItem()], true) },
      },
    });
    await user.click(await screen.findByRole('button', { name: /Next/ }));
    expect(await screen.findByText('EAS-2026-000124')).toBeInTheDocument();
    expect(api.calls.at(-1)?.variables.after).toBe('cursor-1');
    expect(screen.getByRole('button', { name: /Previous/ })).toBeInTheDocument();
  });

  it('moves focus to the main content after going to another screen, as a page load would', async () => {
    const { user } = renderApp('/inbox', {
      viewer: viewer('PARTNER_MANAGER'),
      api: {
        ReferralList: () => ({ data: listPage([listItem()]) }),
        ReferralCase: () => ({ data: { referral: caseReferral() } }),
      },
    });
    await user.click(await screen.findByRole('link', { name: /^Chloe Bennett/ }));
    await screen.findByRole('heading', { level: 1, name: 'Chloe Bennett' });
    await waitFor(() => expect(document.getElementById('main-content')).toHaveFocus());
  });

  it('says when nothing matches', async () => {
    renderApp('/inbox', { viewer: viewer('PARTNER_MANAGER'), api: { ReferralList: () => ({ data: listPage([]) }) } });
    expect(await screen.findByText('There are no new referrals waiting for a decision.')).toBeInTheDocument();
  });
});
