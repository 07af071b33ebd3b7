import { beforeAll, describe, expect, it } from 'vitest';
import type { ReferralStatus } from '@lantern/schema/referral-status';
import { useFixture } from '../../../../test/session-fixture.js';
import { referralIn } from '../../../../test/referral-states.js';
import { graphql } from '../../../../test/gql/gql.js';

const f = useFixture();

const CURRENT = graphql(`query CurrentDeadline($id: ID!) {
  referral(id: $id) {
    status
    currentDeadline { kind label dueAt metAt state }
    deadlines { referralSent { dueAt metAt state } acceptance { dueAt metAt state } firstContact { dueAt metAt state } }
  }
}`);
const BY_NEXT_DEADLINE = graphql(`query ByNextDeadline {
  referrals(sort: NEXT_DEADLINE, first: 100) { edges { node { id createdAt currentDeadline { dueAt } } } }
}`);

const STATUSES: ReferralStatus[] = ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'ALLOCATED', 'IN_CONTACT', 'CLOSED', 'WITHDRAWN', 'DECLINED'];
const ids = new Map<ReferralStatus, string>();

beforeAll(async () => {
  for (const status of STATUSES) ids.set(status, (await referralIn(f, status)).id);
}, 120_000);

const read = async (status: ReferralStatus) => (await f.as.officer.ok(CURRENT, { id: ids.get(status)! })).referral!;

describe("a referral's current deadline", () => {
  it('is sending while a draft, the decision once sent, first contact once accepted and allocated', async () => {
    const expected = [
      ['DRAFT', 'REFERRAL_SENT', 'Send', 'referralSent'],
      ['SUBMITTED', 'ACCEPTANCE', 'Service to accept', 'acceptance'],
      ['ACCEPTED', 'FIRST_CONTACT', 'First contact', 'firstContact'],
      ['ALLOCATED', 'FIRST_CONTACT', 'First contact', 'firstContact'],
    ] as const;
    for (const [status, kind, label, field] of expected) {
      const referral = await read(status);
      expect({ status, current: referral.currentDeadline }).toEqual({ status, current: { kind, label, ...referral.deadlines[field] } });
      expect(referral.currentDeadline!.state).toBe('DUE');
    }
  });

  it('is none once the victim is reached or the referral is finished', async () => {
    for (const status of ['IN_CONTACT', 'CLOSED', 'WITHDRAWN', 'DECLINED'] as const) {
      expect({ status, current: (await read(status)).currentDeadline }).toEqual({ status, current: null });
    }
  });

  it('orders the list by next deadline: soonest first, referrals without one last', async () => {
    const listed = (await f.as.officer.ok(BY_NEXT_DEADLINE)).referrals.edges.map((e) => e.node);
    expect(listed.map((r) => r.id).sort()).toEqual([...ids.values()].sort());
    const due = listed.map((r) => r.currentDeadline?.dueAt ?? null);
    const firstNone = due.indexOf(null);
    expect(firstNone).toBe(due.length - 4);
    const dated = due.slice(0, firstNone).map((d) => new Date(d!).getTime());
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
  });
});
