import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '@lantern/client/testing/fake-api';
import { allocatedReferral, viewer } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import type { UserEvent } from '@testing-library/user-event';
import { messageFor } from '@lantern/client/form-errors';
import { PostSafeguardingUpdateDocument } from '../../gql/graphql';
import { CONFLICT_MESSAGE } from '../referral/use-case-submit';
import { EMPTY_UPDATE, validateUpdate } from './post-safeguarding-update-page';

/** The API's answer to a posted update: `urgent` as it decided it. */
function posted(version: number, urgent = true) {
  return { data: { postSafeguardingUpdate: { __typename: 'SafeguardingUpdate', id: 'upd-1', urgent, referral: allocatedReferral({ version }) } } };
}

async function fillIn(user: UserEvent) {
  await user.click(await screen.findByLabelText('Breach of an order'));
  await user.type(screen.getByLabelText('Update'), 'He was outside her work on Monday.');
  await user.click(screen.getByLabelText('Now high risk'));
  await user.click(within(screen.getByRole('group', { name: 'Do the police need to take action?' })).getByLabelText('Yes'));
  await user.click(within(screen.getByRole('group', { name: /Should the victim see this update/ })).getByLabelText('No'));
}

describe('posting a safeguarding update', () => {
  it('asks every question, linking each error to its field', async () => {
    const { user, api } = renderApp('/referrals/ref-1/safeguarding-update', {
      viewer: viewer('ADVOCATE'),
      api: { ReferralCase: () => ({ data: { referral: allocatedReferral() } }) },
    });
    await user.click(await screen.findByRole('button', { name: 'Post update' }));
    const links = within(screen.getByRole('alert')).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Select what kind of update this is', '#kind'],
      ['Enter the update', '#text'],
      ['Select whether the risk level has changed', '#newRiskLevel'],
      ['Select whether the police need to take action', '#needsPoliceAction'],
      ['Select whether the victim should see this update', '#visibleToVictim'],
    ]);
    expect(api.callsOf('PostSafeguardingUpdate')).toHaveLength(0);
  });

  it('insists an update about police action is sent as needing police action, and a risk change names the level', () => {
    const errors = validateUpdate({
      ...EMPTY_UPDATE,
      kind: 'NEEDS_POLICE_ACTION',
      text: 'Please visit.',
      newRiskLevel: 'NO_CHANGE',
      needsPoliceAction: 'no',
      visibleToVictim: 'no',
    });
    expect(messageFor(errors, 'needsPoliceAction')).toMatch(/must be sent as needing police action/);
    expect(messageFor(validateUpdate({ ...EMPTY_UPDATE, kind: 'RISK_CHANGE', newRiskLevel: 'NO_CHANGE' }), 'newRiskLevel')).toBe(
      'Select the new risk level',
    );
  });

  it('posts the update with an idempotency key, and tells the advocate the officer has it as urgent', async () => {
    const { user, api } = renderApp('/referrals/ref-1/safeguarding-update', {
      viewer: viewer('ADVOCATE'),
      api: { ReferralCase: () => ({ data: { referral: allocatedReferral() } }), PostSafeguardingUpdate: () => posted(4) },
    });
    await fillIn(user);
    expect(screen.queryByText(/The victim will see the update exactly as written/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Post update' }));
    expect(await screen.findByText('Update posted. The officer in the case has it as urgent.')).toBeInTheDocument();
    const input = api.variablesOf(PostSafeguardingUpdateDocument)[0]?.input;
    expect(input).toEqual({
      referralId: 'ref-1',
      expectedVersion: 3,
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
      kind: 'BREACH_OF_ORDER',
      text: 'He was outside her work on Monday.',
      newRiskLevel: 'HIGH',
      needsPoliceAction: true,
      visibleToVictim: false,
    });
  });

  it("says whether the officer has the update as urgent as the API decided it, a risk that went up included", async () => {
    const riseInRisk = async (user: UserEvent) => {
      await user.click(await screen.findByLabelText('Change in risk'));
      await user.type(screen.getByLabelText('Update'), 'She says he has a new car and follows her.');
      await user.click(screen.getByLabelText('Now high risk'));
      await user.click(within(screen.getByRole('group', { name: 'Do the police need to take action?' })).getByLabelText('No'));
      await user.click(within(screen.getByRole('group', { name: /Should the victim see this update/ })).getByLabelText('No'));
      await user.click(screen.getByRole('button', { name: 'Post update' }));
    };
    const urgent = renderApp('/referrals/ref-1/safeguarding-update', {
      viewer: viewer('ADVOCATE'),
      api: { ReferralCase: () => ({ data: { referral: allocatedReferral({ riskLevel: 'MEDIUM' }) } }), PostSafeguardingUpdate: () => posted(4, true) },
    });
    await riseInRisk(urgent.user);
    expect(await screen.findByText('Update posted. The officer in the case has it as urgent.')).toBeInTheDocument();
    urgent.unmount();

    const ordinary = renderApp('/referrals/ref-1/safeguarding-update', {
      viewer: viewer('ADVOCATE'),
      api: { ReferralCase: () => ({ data: { referral: allocatedReferral() } }), PostSafeguardingUpdate: () => posted(4, false) },
    });
    await riseInRisk(ordinary.user);
    expect(await screen.findByText('Safeguarding update posted')).toBeInTheDocument();
  });

  it('retries a lost request with the same key, so the update is never posted twice', async () => {
    let attempts = 0;
    const { user, api } = renderApp('/referrals/ref-1/safeguarding-update', {
      viewer: viewer('ADVOCATE'),
      api: {
        ReferralCase: () => ({ data: { referral: allocatedReferral() } }),
        PostSafeguardingUpdate: () => {
          attempts += 1;
          if (attempts === 1) throw new TypeError('Failed to fetch');
          return posted(4);
        },
      },
    });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Post update' }));
    expect(await screen.findByText(/Lantern could not be reached/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Post update' }));
    expect(await screen.findByText('Update posted. The officer in the case has it as urgent.')).toBeInTheDocument();
    const [first, second] = api.variablesOf(PostSafeguardingUpdateDocument).map((variables) => variables.input.idempotencyKey);
    expect(second).toBe(first);
  });

  it('after a CONFLICT keeps the text, and sends the new version with a new key', async () => {
    let reads = 0;
    let posts = 0;
    const { user, api } = renderApp('/referrals/ref-1/safeguarding-update', {
      viewer: viewer('ADVOCATE'),
      api: {
        ReferralCase: () => {
          reads += 1;
          return { data: { referral: allocatedReferral({ version: reads === 1 ? 3 : 6 }) } };
        },
        PostSafeguardingUpdate: () => {
          posts += 1;
          return posts === 1 ? apiError('CONFLICT') : posted(7);
        },
      },
    });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Post update' }));
    expect(await screen.findByText(CONFLICT_MESSAGE)).toBeInTheDocument();
    expect(screen.getByLabelText('Update')).toHaveValue('He was outside her work on Monday.');
    await user.click(screen.getByRole('button', { name: 'Post update' }));
    expect(await screen.findByText('Update posted. The officer in the case has it as urgent.')).toBeInTheDocument();
    const [first, second] = api.variablesOf(PostSafeguardingUpdateDocument).map((variables) => variables.input);
    expect(second?.expectedVersion).toBe(6);
    expect(second?.idempotencyKey).not.toBe(first?.idempotencyKey);
  });

  it('warns about what the victim will see when the update is shared with them', async () => {
    const { user } = renderApp('/referrals/ref-1/safeguarding-update', {
      viewer: viewer('ADVOCATE'),
      api: { ReferralCase: () => ({ data: { referral: allocatedReferral() } }) },
    });
    await user.click(within(await screen.findByRole('group', { name: /Should the victim see this update/ })).getByLabelText('Yes'));
    expect(screen.getByText(/The victim will see the update exactly as written/)).toBeInTheDocument();
  });
});
