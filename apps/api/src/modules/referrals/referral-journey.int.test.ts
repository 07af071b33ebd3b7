import { describe, expect, it } from 'vitest';
import { useFixture } from '../../../test/session-fixture.js';
import { allAnswers, awaitingAuthorisation, createDraft, mutations, orderConsidered, queries, step } from '../../../test/referral-steps.js';

const f = useFixture();

describe('the whole referral journey, role by role', () => {
  it('goes from a draft to a closed case, and each role sees what it should', async () => {
    const { officer, supervisor, manager, advocate, advocate2 } = f.as;
    const { tenancy } = f;

    // 1-2. The officer starts a draft with the victim's safe contact details.
    let referral = await createDraft(officer, tenancy);
    expect(referral.status).toBe('DRAFT');
    expect(referral.reference).toMatch(new RegExp(`^${tenancy.force.code}-\\d{4}-\\d{6}$`));
    expect(referral.deadlines.referralSent.state).toBe('DUE');
    expect(referral.availableActions).toEqual(expect.arrayContaining(['UPDATE', 'RECORD_CONSENT', 'SUBMIT']));

    // A partner cannot see a draft at all.
    expect((await manager.ok(queries.referral, { id: referral.id })).referral).toBeNull();

    // 3. S-DASH screening and the officer's judgement.
    const screened = await step(officer, 'recordRiskScreening', {
      referralId: referral.id,
      expectedVersion: referral.version,
      answers: allAnswers(6),
      riskLevel: 'HIGH',
      dashTickCount: 15,
    });
    referral = screened;
    expect(referral.riskLevel).toBe('HIGH');
    expect(screened.screening).toEqual({ yesCount: 6, maracReferralIndicated: true });

    // 4. Consent naming the service. 5. Stalking Protection Order considered.
    referral = await step(officer, 'recordConsent', {
      referralId: referral.id,
      expectedVersion: referral.version,
      given: true,
      givenBy: 'The victim',
      givenAt: new Date().toISOString(),
      method: 'WRITTEN',
      whatVictimWasTold: 'A stalking advocate will call at safe times.',
      namedServiceId: tenancy.service.id,
      purposes: ['SPECIALIST_ADVOCACY', 'SAFETY_PLANNING'],
      victimAwareOfReferral: true,
    });
    referral = await step(officer, 'recordProtectiveOrder', {
      referralId: referral.id,
      expectedVersion: referral.version,
      considered: true,
      decision: 'INTERIM_GRANTED',
      rationale: 'Repeated breaches of warnings.',
      interimMadeOn: new Date().toISOString().slice(0, 10),
      conditions: 'Not to contact the victim or enter her street.',
    });

    // 6. Sent to a service that covers the victim's area.
    referral = await step(officer, 'submitReferral', {
      referralId: referral.id,
      expectedVersion: referral.version,
      partnerServiceId: tenancy.service.id,
    });
    expect(referral.status).toBe('SUBMITTED');
    expect(referral.deadlines.referralSent.state).toBe('MET');
    expect(referral.deadlines.acceptance!.state).toBe('DUE');

    // 7. The manager sees it in the inbox, accepts and allocates.
    const inbox = await manager.ok(queries.referrals, { filter: { statuses: ['SUBMITTED'] } });
    expect(inbox.referrals.edges.map((e) => e.node.id)).toContain(referral.id);
    const managerView = (await manager.ok(queries.referral, { id: referral.id })).referral!;
    expect(managerView.availableActions).toEqual(['ACCEPT', 'DECLINE']);
    referral = await step(manager, 'acceptReferral', { referralId: referral.id, expectedVersion: referral.version });
    expect(referral.deadlines.firstContact!.state).toBe('DUE');
    expect(await advocate.ok(queries.referral, { id: referral.id })).toEqual({ referral: null });
    referral = await step(manager, 'allocateReferral', {
      referralId: referral.id,
      expectedVersion: referral.version,
      advocateId: tenancy.users.advocate.id,
    });
    expect(referral.status).toBe('ALLOCATED');
    expect(referral.allocatedAdvocate!.id).toBe(tenancy.users.advocate.id);

    // Only the allocated advocate sees it in their caseload.
    const caseload = await advocate.ok(queries.referrals, { filter: { assignedToMe: true }, sort: 'PRIORITY' });
    expect(caseload.referrals.edges.map((e) => e.node.id)).toContain(referral.id);
    expect((await advocate2.ok(queries.referral, { id: referral.id })).referral).toBeNull();

    // 8. Contact attempts, then an update that needs police action.
    referral = await step(advocate, 'recordContactAttempt', { referralId: referral.id, expectedVersion: referral.version, outcome: 'NO_ANSWER' });
    expect(referral.status).toBe('ALLOCATED');
    referral = await step(advocate, 'recordContactAttempt', {
      referralId: referral.id,
      expectedVersion: referral.version,
      outcome: 'CONTACTED',
      note: 'Spoke at a safe time.',
    });
    expect(referral.status).toBe('IN_CONTACT');
    expect(referral.deadlines.firstContact!.state).toBe('MET');
    const update = (
      await advocate.ok(mutations.postSafeguardingUpdate, {
        input: {
          referralId: referral.id,
          expectedVersion: referral.version,
          idempotencyKey: crypto.randomUUID(),
          kind: 'BREACH_OF_ORDER',
          text: 'Suspect came to her door last night despite the order.',
          needsPoliceAction: true,
          visibleToVictim: false,
        },
      })
    ).postSafeguardingUpdate;
    expect(update.urgent).toBe(true);

    // The officer sees it as urgent and unacknowledged until acknowledging it.
    const urgent = await officer.ok(queries.referrals, { filter: { hasUnacknowledgedUrgent: true } });
    expect(urgent.referrals.edges.map((e) => e.node.id)).toContain(referral.id);
    let officerView = (await officer.ok(queries.referral, { id: referral.id })).referral!;
    expect(officerView.unacknowledgedUrgentCount).toBe(1);
    expect(officerView.availableActions).toContain('ACKNOWLEDGE_SAFEGUARDING_UPDATE');
    const ack = (await officer.ok(mutations.acknowledgeSafeguardingUpdate, { input: { updateId: update.id } })).acknowledgeSafeguardingUpdate;
    expect(ack.acknowledgedBy!.id).toBe(tenancy.users.officer.id);
    officerView = (await officer.ok(queries.referral, { id: referral.id })).referral!;
    expect(officerView.unacknowledgedUrgentCount).toBe(0);

    // The officer records a breach of the order.
    const breach = await step(officer, 'recordOrderBreach', {
      referralId: referral.id,
      expectedVersion: officerView.version,
      occurredOn: new Date().toISOString().slice(0, 10),
      description: 'Came to her door.',
    });
    expect(breach.protectiveOrder!.breaches).toHaveLength(1);

    // 9. Closure with outcome; the officer sees it.
    referral = await step(advocate, 'closeReferral', {
      referralId: referral.id,
      expectedVersion: breach.version,
      outcome: 'ENGAGED_AND_SUPPORTED',
      reason: 'Support plan complete.',
    });
    expect(referral.status).toBe('CLOSED');
    officerView = (await officer.ok(queries.referral, { id: referral.id })).referral!;
    expect(officerView.closure).toEqual({ outcome: 'ENGAGED_AND_SUPPORTED', reason: 'Support plan complete.' });
    expect(officerView.timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['CREATED', 'SUBMITTED', 'ACCEPTED', 'ALLOCATED', 'FIRST_CONTACT', 'URGENT_UPDATE', 'UPDATE_ACKNOWLEDGED', 'CLOSED']),
    );
    expect(officerView.availableActions).not.toContain('WITHDRAW');

    // The supervisor sees the force's referral too.
    expect((await supervisor.ok(queries.referral, { id: referral.id })).referral!.status).toBe('CLOSED');
  });

  it('sends a referral without consent only after another supervisor authorises it', async () => {
    const { officer, supervisor } = f.as;
    let referral = await awaitingAuthorisation(officer, f.tenancy);
    referral = await orderConsidered(officer, referral);
    expect(referral.noConsentAuthorisation!.state).toBe('REQUESTED');
    const submitAttempt = await officer.fails(mutations.submitReferral, {
      input: { referralId: referral.id, expectedVersion: referral.version, partnerServiceId: f.tenancy.service.id },
    });
    expect(submitAttempt.code).toBe('CONSENT_REQUIRED');

    const queue = await supervisor.ok(queries.referrals, { filter: { awaitingAuthorisation: true } });
    expect(queue.referrals.edges.map((e) => e.node.id)).toContain(referral.id);
    const own = await officer.ok(queries.referral, { id: referral.id });
    expect(own.referral!.availableActions).not.toContain('AUTHORISE_WITHOUT_CONSENT');

    referral = await step(supervisor, 'authoriseWithoutConsent', { referralId: referral.id, expectedVersion: referral.version, note: 'Agreed.' });
    expect(referral.noConsentAuthorisation!.state).toBe('AUTHORISED');
    referral = await step(officer, 'submitReferral', {
      referralId: referral.id,
      expectedVersion: referral.version,
      partnerServiceId: f.tenancy.service.id,
    });
    expect(referral.status).toBe('SUBMITTED');
  });
});
