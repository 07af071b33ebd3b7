import { describe, expect, it } from 'vitest';
import { useFixture } from '../../../../test/session-fixture.js';
import { graphql } from '../../../../test/gql/gql.js';
import { readyDraft, step } from '../../../../test/referral-steps.js';

const f = useFixture();
const BOTH_NAMES = graphql(`query OrderUnderBothNames($id: ID!) {
  referral(id: $id) { stalkingProtectionOrder { decision interimMadeOn } protectiveOrder { decision interimMadeOn } }
}`);

describe('recording a Stalking Protection Order', () => {
  it('is recordStalkingProtectionOrder, read as stalkingProtectionOrder; the deprecated names still answer the same', async () => {
    const { officer } = f.as;
    const today = new Date().toISOString().slice(0, 10);
    const draft = await readyDraft(officer, f.tenancy);
    const recorded = await step(officer, 'recordStalkingProtectionOrder', {
      referralId: draft.id,
      expectedVersion: draft.version,
      considered: true,
      decision: 'INTERIM_GRANTED',
      rationale: 'Repeated unwanted contact.',
      interimMadeOn: today,
    });
    expect(recorded.stalkingProtectionOrder).toEqual({ decision: 'INTERIM_GRANTED', breaches: [] });
    expect(recorded.timeline[0]).toEqual({ kind: 'ORDER_RECORDED', summary: 'Stalking Protection Order: interim order granted' });
    const read = (await officer.ok(BOTH_NAMES, { id: draft.id })).referral!;
    expect(read.stalkingProtectionOrder).toEqual({ decision: 'INTERIM_GRANTED', interimMadeOn: today });
    expect(read.protectiveOrder).toEqual(read.stalkingProtectionOrder);

    const again = await step(officer, 'recordProtectiveOrder', {
      referralId: draft.id,
      expectedVersion: recorded.version,
      considered: true,
      decision: 'FULL_GRANTED',
      rationale: 'Breached the interim order.',
      fullMadeOn: today,
    });
    expect(again.protectiveOrder).toEqual({ decision: 'FULL_GRANTED', breaches: [] });
  });
});
