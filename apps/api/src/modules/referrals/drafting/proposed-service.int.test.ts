import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useFixture } from '../../../../test/session-fixture.js';
import { useOwnerDb } from '../../../../test/owner-db.js';
import { referralSnapshot } from '../../../../test/db-snapshot.js';
import { createDraft, mutations, readyDraft, step, type ReferralRef } from '../../../../test/referral-steps.js';
import { graphql } from '../../../../test/gql/gql.js';

const f = useFixture();
const db = useOwnerDb(f);

const PROPOSED = graphql(`query ProposedService($id: ID!) { referral(id: $id) { version proposedService { id name areas } } }`);
const propose = (r: ReferralRef, proposedServiceId: string | null) => ({ referralId: r.id, expectedVersion: r.version, proposedServiceId });

describe("a draft's proposed service", () => {
  it('is set and cleared with updateReferral, audited as a draft edit', async () => {
    const { officer } = f.as;
    const draft = await createDraft(officer, f.tenancy);
    expect((await officer.ok(PROPOSED, { id: draft.id })).referral!.proposedService).toBeNull();

    const chosen = await step(officer, 'updateReferral', propose(draft, f.tenancy.service.id));
    expect(chosen.version).toBe(draft.version + 1);
    expect((await officer.ok(PROPOSED, { id: draft.id })).referral!.proposedService).toEqual({
      id: f.tenancy.service.id,
      name: f.tenancy.service.name,
      areas: [f.tenancy.area],
    });
    const edits = `SELECT count(*) FROM audit_events WHERE entity_id = $1 AND action = 'UPDATE' AND outcome = 'ALLOWED'`;
    expect(await db.count(edits, [draft.id])).toBe(1);

    const cleared = await step(officer, 'updateReferral', propose(chosen, null));
    expect((await officer.ok(PROPOSED, { id: draft.id })).referral).toEqual({ version: cleared.version, proposedService: null });
    expect(await db.count(edits, [draft.id])).toBe(2);
  });

  it('stays as it is when other details change', async () => {
    const { officer } = f.as;
    const draft = await step(officer, 'updateReferral', propose(await createDraft(officer, f.tenancy), f.tenancy.secondService.id));
    await step(officer, 'updateReferral', { referralId: draft.id, expectedVersion: draft.version, circumstances: 'New messages overnight.' });
    expect((await officer.ok(PROPOSED, { id: draft.id })).referral!.proposedService!.id).toBe(f.tenancy.secondService.id);
  });

  it('must be a partner service: anything else is BAD_USER_INPUT and nothing changes', async () => {
    const { officer } = f.as;
    const draft = await createDraft(officer, f.tenancy);
    const before = await referralSnapshot(db, draft.id);
    for (const proposedServiceId of [randomUUID(), f.tenancy.force.id]) {
      const error = await officer.fails(mutations.updateReferral, { input: propose(draft, proposedServiceId) });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields).toEqual([{ field: 'proposedServiceId', message: 'Select a service from the list' }]);
    }
    const notAnId = await officer.fails(mutations.updateReferral, { input: propose(draft, 'Eastshire') });
    expect(notAnId.extensions.fields.map((p: { field: string }) => p.field)).toEqual(['proposedServiceId']);
    expect(await referralSnapshot(db, draft.id)).toEqual(before);
    expect((await officer.ok(PROPOSED, { id: draft.id })).referral!.proposedService).toBeNull();
  });

  it("cannot be set on another force's draft, which answers as one that does not exist", async () => {
    const draft = await createDraft(f.as.officer, f.tenancy);
    const before = await referralSnapshot(db, draft.id);
    const error = await f.as.otherOfficer.fails(mutations.updateReferral, { input: propose(draft, f.tenancy.otherService.id) });
    expect(error.code).toBe('NOT_FOUND');
    expect(await referralSnapshot(db, draft.id)).toEqual(before);
  });

  it('is where submitReferral sends the draft when no service is named', async () => {
    const { officer, manager } = f.as;
    const ready = await readyDraft(officer, f.tenancy);
    const proposed = await step(officer, 'updateReferral', propose(ready, f.tenancy.service.id));
    const sent = await step(officer, 'submitReferral', { referralId: proposed.id, expectedVersion: proposed.version });
    expect(sent.status).toBe('SUBMITTED');
    expect(sent.partnerService).toEqual({ id: f.tenancy.service.id, name: f.tenancy.service.name });
    expect(sent.timeline.map((e) => e.kind)).toContain('SUBMITTED');
    expect((await manager.ok(PROPOSED, { id: sent.id })).referral!.proposedService!.id).toBe(f.tenancy.service.id);
  });

  it('is needed to send a draft when no service is named', async () => {
    const { officer } = f.as;
    const ready = await readyDraft(officer, f.tenancy);
    const error = await officer.fails(mutations.submitReferral, { input: { referralId: ready.id, expectedVersion: ready.version } });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual([{ field: 'partnerServiceId', message: 'Choose the service to send the referral to' }]);
  });

  it('gives way to the service named when sending, which becomes the proposed one', async () => {
    const { officer } = f.as;
    const ready = await readyDraft(officer, f.tenancy);
    const proposed = await step(officer, 'updateReferral', propose(ready, f.tenancy.secondService.id));
    const sent = await step(officer, 'submitReferral', {
      referralId: proposed.id,
      expectedVersion: proposed.version,
      partnerServiceId: f.tenancy.service.id,
    });
    expect(sent.partnerService!.id).toBe(f.tenancy.service.id);
    expect((await officer.ok(PROPOSED, { id: sent.id })).referral!.proposedService!.id).toBe(f.tenancy.service.id);
  });
});
