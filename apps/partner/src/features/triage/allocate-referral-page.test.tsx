import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allocatedReferral, caseReferral, viewer } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const advocates = {
  data: {
    advocates: [
      { __typename: 'StaffMember', id: 'u-advocate', name: 'Sam Lee', firstName: 'Sam', role: 'ADVOCATE', caseloadSize: 7 },
      { __typename: 'StaffMember', id: 'u-advocate2', name: 'Alex Morgan', firstName: 'Alex', role: 'ADVOCATE', caseloadSize: 1 },
    ],
  },
};

describe('allocating a referral', () => {
  it("lists the service's advocates with the size of each caseload, fewest first", async () => {
    renderApp('/referrals/ref-1/allocate', {
      viewer: viewer('PARTNER_MANAGER'),
      api: {
        ReferralCase: () => ({ data: { referral: caseReferral({ status: 'ACCEPTED', availableActions: ['ALLOCATE'] }) } }),
        Advocates: () => advocates,
      },
    });
    const group = await screen.findByRole('group', { name: 'Who should work on this referral?' });
    await within(group).findByLabelText('Alex Morgan');
    const labels = within(group).getAllByRole('radio').map((radio) => radio.parentElement?.textContent);
    expect(labels).toEqual(['Alex Morgan1 open case', 'Sam Lee7 open cases']);
    expect(screen.getByRole('heading', { level: 1, name: 'Allocate to an advocate' })).toBeInTheDocument();
  });

  it('asks for an advocate, then allocates to the one chosen', async () => {
    const { user, api } = renderApp('/referrals/ref-1/allocate', {
      viewer: viewer('PARTNER_MANAGER'),
      api: {
        ReferralCase: () => ({ data: { referral: caseReferral({ status: 'ACCEPTED', availableActions: ['ALLOCATE'] }) } }),
        Advocates: () => advocates,
        AllocateReferral: () => ({ data: { allocateReferral: allocatedReferral({ version: 4 }) } }),
      },
    });
    await screen.findByLabelText('Alex Morgan');
    await user.click(screen.getByRole('button', { name: 'Allocate' }));
    expect(within(screen.getByRole('alert')).getByText('Select the advocate to allocate the referral to')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Sam Lee'));
    await user.click(screen.getByRole('button', { name: 'Allocate' }));
    expect(await screen.findByText('Referral allocated to Sam Lee')).toBeInTheDocument();
    expect(api.callsOf('AllocateReferral')[0]?.variables).toEqual({
      input: { referralId: 'ref-1', expectedVersion: 3, advocateId: 'u-advocate' },
    });
  });

  it('reallocates, and will not "reallocate" to the advocate who already has it', async () => {
    const { user, api } = renderApp('/referrals/ref-1/allocate', {
      viewer: viewer('PARTNER_MANAGER'),
      api: { ReferralCase: () => ({ data: { referral: allocatedReferral() } }), Advocates: () => advocates },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Reallocate referral' })).toBeInTheDocument();
    expect(await screen.findByText('7 open cases (has this referral now)')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Sam Lee'));
    await user.click(screen.getByRole('button', { name: 'Reallocate' }));
    expect(within(screen.getByRole('alert')).getByText(/Select a different advocate/)).toBeInTheDocument();
    expect(api.callsOf('AllocateReferral')).toHaveLength(0);
  });
});
