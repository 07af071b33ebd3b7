import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answerTo } from '@lantern/client/testing/fake-api';
import { SERVICES, completeDraft } from '../../test/referral-fixture';
import { renderScreen } from '../../test/render';
import { ServiceStep } from './service-step';

const SECOND = { ...SERVICES[0], id: 'service-2', name: 'Eastshire Victim Care' };
const directory = answerTo({ area: 'Eastshire North' }, { data: { serviceDirectory: [...SERVICES, SECOND] } });

describe('new referral, step 6: choose a service', () => {
  it("starts from the draft's proposed service and saves the choice on the draft, with the version it read", async () => {
    const draft = completeDraft();
    const user = userEvent.setup();
    const { location, api } = renderScreen(<ServiceStep referral={draft} />, {
      path: `/referrals/${draft.id}/service`,
      api: {
        ServiceDirectory: directory,
        UpdateReferral: answerTo(
          { input: { referralId: draft.id, expectedVersion: 5, proposedServiceId: 'service-2' } },
          { data: { updateReferral: { ...draft, version: 6, proposedService: { __typename: 'PartnerService', id: 'service-2', name: SECOND.name } } } },
        ),
      },
    });
    expect(await screen.findByLabelText('Eastshire Stalking Advocacy Service')).toBeChecked();
    await user.click(screen.getByLabelText('Eastshire Victim Care'));
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    await waitFor(() => expect(location()).toBe(`/referrals/${draft.id}/check`));
    expect(api.callsOf('UpdateReferral')).toHaveLength(1);
  });

  it('asks for a service when none is chosen, and saves nothing', async () => {
    const draft = completeDraft({ proposedService: null, consent: null });
    const user = userEvent.setup();
    const { api } = renderScreen(<ServiceStep referral={draft} />, { path: `/referrals/${draft.id}/service`, api: { ServiceDirectory: directory } });
    await screen.findByLabelText('Eastshire Victim Care');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Select the service to send the referral to');
    expect(api.callsOf('UpdateReferral')).toEqual([]);
  });
});
