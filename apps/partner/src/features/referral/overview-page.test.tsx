import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '@lantern/client/testing/fake-api';
import { allocatedReferral, caseReferral, viewer, withheld } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { CONFLICT_MESSAGE } from './use-case-submit';

const actionNames = () =>
  within(screen.getByRole('region', { name: 'Actions' }))
    .getAllByRole('button')
    .map((button) => button.textContent);

describe('the case overview', () => {
  it("shows only the actions the API lists for the person: a manager's new referral", async () => {
    renderApp('/referrals/ref-1', { viewer: viewer('PARTNER_MANAGER'), api: { ReferralCase: () => ({ data: { referral: caseReferral() } }) } });
    await screen.findByRole('heading', { level: 1, name: 'Chloe Bennett' });
    expect(actionNames()).toEqual(['Accept referral', 'Decline referral']);
    expect(document.title).toBe('Referral EAS-2026-000123 – Lantern for support services');
  });

  it("shows only the actions the API lists for the person: an advocate's allocated case", async () => {
    const referral = allocatedReferral({ availableActions: ['RECORD_CONTACT_ATTEMPT', 'POST_SAFEGUARDING_UPDATE', 'CLOSE'] });
    renderApp('/referrals/ref-1', { viewer: viewer('ADVOCATE'), api: { ReferralCase: () => ({ data: { referral } }) } });
    await screen.findByRole('heading', { level: 1, name: 'Chloe Bennett' });
    expect(actionNames()).toEqual(['Record a contact attempt', 'Post a safeguarding update', 'Close referral']);
    expect(screen.getByRole('region', { name: 'Before you contact Chloe' })).toBeInTheDocument();
  });

  it('shows no actions at all when none are listed', async () => {
    renderApp('/referrals/ref-1', {
      viewer: viewer('ADVOCATE'),
      api: { ReferralCase: () => ({ data: { referral: caseReferral({ status: 'CLOSED', availableActions: [] }) } }) },
    });
    await screen.findByRole('heading', { level: 1, name: 'Chloe Bennett' });
    expect(screen.queryByRole('region', { name: 'Actions' })).not.toBeInTheDocument();
  });

  it('stops all work when the victim has withdrawn consent', async () => {
    const base = caseReferral();
    const referral = caseReferral({
      status: 'WITHDRAWN',
      availableActions: [],
      consent: { ...base.consent!, withdrawnAt: '2026-03-04T11:00:00.000Z', withdrawalReason: 'She no longer wants support.' },
    });
    renderApp('/referrals/ref-1', { viewer: viewer('ADVOCATE'), api: { ReferralCase: () => ({ data: { referral } }) } });
    const banner = await screen.findByRole('region', { name: 'Consent withdrawn' });
    expect(banner).toHaveTextContent('The victim has withdrawn their consent. Stop all work on this referral.');
    expect(banner).toHaveTextContent('Reason: She no longer wants support.');
    expect(screen.queryByRole('region', { name: 'Actions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Before you contact/ })).not.toBeInTheDocument();
  });

  it('stops a form too when consent has been withdrawn', async () => {
    const base = allocatedReferral();
    const referral = allocatedReferral({ consent: { ...base.consent!, withdrawnAt: '2026-03-04T11:00:00.000Z' } });
    renderApp('/referrals/ref-1/safeguarding-update', { viewer: viewer('ADVOCATE'), api: { ReferralCase: () => ({ data: { referral } }) } });
    expect(await screen.findByRole('region', { name: 'Consent withdrawn' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Post update' })).not.toBeInTheDocument();
  });

  it('accepts with the version it read and confirms', async () => {
    const { user, api } = renderApp('/referrals/ref-1', {
      viewer: viewer('PARTNER_MANAGER'),
      api: {
        ReferralCase: () => ({ data: { referral: caseReferral() } }),
        AcceptReferral: () => ({ data: { acceptReferral: caseReferral({ status: 'ACCEPTED', version: 4, availableActions: ['ALLOCATE'] }) } }),
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Accept referral' }));
    expect(await screen.findByText('Referral accepted. You can now allocate it to an advocate.')).toBeInTheDocument();
    expect(actionNames()).toEqual(['Allocate to an advocate']);
    expect(api.callsOf('AcceptReferral')[0]?.variables).toEqual({ input: { referralId: 'ref-1', expectedVersion: 3 } });
  });

  it('explains a CONFLICT on accept and shows the referral as it is now', async () => {
    let reads = 0;
    const { user } = renderApp('/referrals/ref-1', {
      viewer: viewer('PARTNER_MANAGER'),
      api: {
        ReferralCase: () => {
          reads += 1;
          return { data: { referral: reads === 1 ? caseReferral() : caseReferral({ status: 'WITHDRAWN', version: 4, availableActions: [] }) } };
        },
        AcceptReferral: () => apiError('CONFLICT'),
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Accept referral' }));
    expect(await screen.findByText(CONFLICT_MESSAGE)).toBeInTheDocument();
    expect(await screen.findAllByText('Withdrawn')).not.toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Accept referral' })).not.toBeInTheDocument();
  });

  it('answers an unknown referral and one the service may not see in the same way', async () => {
    renderApp('/referrals/ref-x', { viewer: viewer('ADVOCATE'), api: { ReferralCase: () => ({ data: { referral: null } }) } });
    expect(await screen.findByRole('heading', { name: 'Referral not found' })).toBeInTheDocument();
  });
  it("says plainly that the victim's contact details are no longer shared once the case is closed", async () => {
    const base = allocatedReferral();
    const notice = "The victim's contact details are no longer shared with your service because the referral was closed.";
    const referral = allocatedReferral({
      status: 'CLOSED',
      availableActions: [],
      victim: { ...base.victim, postcode: null, safeContact: null },
      withheld: [...base.withheld, withheld('VICTIM_SAFE_CONTACT', notice)],
    });
    renderApp('/referrals/ref-1', { viewer: viewer('ADVOCATE'), api: { ReferralCase: () => ({ data: { referral } }) } });
    const card = await screen.findByRole('region', { name: 'Contact details' });
    expect(card).toHaveTextContent(notice);
    expect(screen.queryByText('07700 900104')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Before you contact/ })).not.toBeInTheDocument();
  });

  it('says the police keep the circumstances and order details, instead of showing empty rows', async () => {
    const base = caseReferral();
    const referral = caseReferral({
      stalkingProtectionOrder: {
        considered: true,
        decision: 'INTERIM_GRANTED',
        rationale: null,
        interimMadeOn: '2026-03-01',
        fullMadeOn: null,
        conditions: null,
        expiresOn: null,
        breaches: [],
        recordedAt: '2026-03-01T09:00:00.000Z',
      },
      withheld: base.withheld,
    });
    renderApp('/referrals/ref-1/details', { viewer: viewer('PARTNER_MANAGER'), api: { ReferralCase: () => ({ data: { referral } }) } });
    expect(await screen.findByText('The circumstances are kept by the police and not shared with support services.')).toBeInTheDocument();
    expect(screen.getAllByText("The order's conditions, rationale and breaches are kept by the police and not shared with support services.")).toHaveLength(3);
  });
});
