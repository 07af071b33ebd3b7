import { randomUUID } from 'node:crypto';
import type { ReferralStatus } from '@lantern/schema/referral-status';
import type { GraphQLClient } from './graphql-client.js';
import { graphql } from './gql/gql.js';
import { mutations, readyDraft, step, type ReferralRef } from './referral-steps.js';
import type { Fixture } from './session-fixture.js';

/** A referral built by referralIn, as read back at the end. */
export interface BuiltReferral {
  id: string;
  reference: string;
  version: number;
  status: ReferralRef['status'];
  /** An urgent, unacknowledged safeguarding update, once the referral has reached a partner. */
  updateId?: string;
  /** The crime reference as stored (upper case). */
  crimeReference: string;
}

const today = () => new Date().toISOString().slice(0, 10);

const LATEST = graphql(`query LatestReferral($id: ID!) { referral(id: $id) { id reference version status crimeReference } }`);

async function latest(client: GraphQLClient, id: string): Promise<Omit<BuiltReferral, 'updateId'>> {
  const data = await client.ok(LATEST, { id });
  return data.referral!;
}

/**
 * A referral with everything recorded (screening, consent naming the service, a granted interim order),
 * brought to `status` through the API as the real people would. From SUBMITTED on it has a victim link;
 * from ACCEPTED on an urgent update the police have not acknowledged. Allocated to `advocate` when it got
 * that far; CLOSED and WITHDRAWN are reached from IN_CONTACT, DECLINED from SUBMITTED.
 */
export async function referralIn(f: Fixture, status: ReferralStatus): Promise<BuiltReferral> {
  const { officer, manager, advocate } = f.as;
  const ref = (r: { id: string; version: number }) => ({ referralId: r.id, expectedVersion: r.version });
  let r: { id: string; version: number } = await readyDraft(officer, f.tenancy, 'MEDIUM', {
    considered: true,
    decision: 'INTERIM_GRANTED',
    rationale: 'Repeated unwanted contact.',
    interimMadeOn: today(),
  });
  const found: { updateId?: string } = {};
  const done = async (): Promise<BuiltReferral> => ({ ...(await latest(officer, r.id)), ...found });
  if (status === 'DRAFT') return done();

  r = await step(officer, 'submitReferral', { ...ref(r), partnerServiceId: f.tenancy.service.id });
  await officer.ok(mutations.issueVictimLink, { input: { referralId: r.id } });
  if (status === 'SUBMITTED') return done();
  if (status === 'DECLINED') {
    r = await step(manager, 'declineReferral', { ...ref(r), reason: 'CAPACITY' });
    return done();
  }

  r = await step(manager, 'acceptReferral', ref(r));
  const update = await manager.ok(mutations.postSafeguardingUpdate, {
    input: { ...ref(r), idempotencyKey: randomUUID(), kind: 'NEEDS_POLICE_ACTION', text: 'Suspect seen nearby.', needsPoliceAction: true, visibleToVictim: false },
  });
  found.updateId = update.postSafeguardingUpdate.id;
  r = await latest(manager, r.id);
  if (status === 'ACCEPTED') return done();

  r = await step(manager, 'allocateReferral', { ...ref(r), advocateId: f.tenancy.users.advocate.id });
  if (status === 'ALLOCATED') return done();

  r = await step(advocate, 'recordContactAttempt', { ...ref(r), outcome: 'CONTACTED', note: 'Spoke at a safe time.' });
  if (status === 'IN_CONTACT') return done();
  if (status === 'CLOSED') {
    r = await step(advocate, 'closeReferral', { ...ref(r), outcome: 'ENGAGED_AND_SUPPORTED', reason: 'Support plan complete.' });
    return done();
  }
  if (status === 'WITHDRAWN') {
    r = await step(officer, 'withdrawReferral', { ...ref(r), reason: 'Suspect charged; victim supported elsewhere.' });
    return done();
  }
  throw new Error(`No way to build a referral in ${String(status)}`);
}
