import { randomUUID } from 'node:crypto';
import type { SharingState } from '@lantern/schema/data-sharing';
import type { GraphQLClient } from './graphql-client.js';
import { graphql } from './gql/gql.js';
import { consent, draftInput, mutations, orderConsidered, screen, step } from './referral-steps.js';
import type { Fixture } from './session-fixture.js';

/** A referral built in one sharing state, with its victim's link. */
export interface SharingReferral {
  readonly id: string;
  readonly state: SharingState;
  /** The secret parts of the victim's link, issued when it was sent. */
  readonly link: { token: string; accessCode: string };
}

/** Words only the police hold for a tenancy: the suspect's name, order conditions and rationale, a breach. */
export function policeOnlyWords(f: Fixture) {
  return {
    suspect: `Zebedee${f.tenancy.tag}`,
    conditions: `Must not enter Elm Street ${f.tenancy.tag}`,
    rationale: `Rationale ${f.tenancy.tag}: he followed her twice`,
    breach: `Stood at her door ${f.tenancy.tag}`,
    breachCrimeReference: `CR/BREACH/${f.tenancy.tag}`,
  };
}

const today = () => new Date().toISOString().slice(0, 10);

const STATUS = graphql(`query SharingVersion($id: ID!) { referral(id: $id) { id version } }`);

/** Issues a victim link and returns its token and access code. */
export async function issueLink(officer: GraphQLClient, referralId: string) {
  const issued = (await officer.ok(mutations.issueVictimLink, { input: { referralId } })).issueVictimLink;
  return { token: new URL(issued.url).hash.replace(/^#t=/, ''), accessCode: issued.accessCode };
}

/**
 * A referral with everything recorded (circumstances naming the suspect, a postcode, screening, consent, a
 * granted interim order with conditions and rationale, a breach with its crime reference, a victim link, a
 * safeguarding update, a contact attempt), brought to `state` through the API as the real people would.
 * CLOSED, WITHDRAWN and CONSENT_WITHDRAWN are reached from IN_CONTACT; DECLINED from SUBMITTED.
 */
export async function sharingReferral(f: Fixture, state: SharingState): Promise<SharingReferral> {
  const { officer, manager, advocate } = f.as;
  const words = policeOnlyWords(f);
  const input = draftInput(f.tenancy, { circumstances: `${words.suspect} waits outside her work every night.` });
  Object.assign(input.victim, { postcode: 'SW1A 2AA', language: 'English' });
  let r: { id: string; version: number } = await step(officer, 'createReferral', input);
  r = await orderConsidered(officer, await consent(officer, await screen(officer, r as never), f.tenancy.service.id), {
    considered: true,
    decision: 'INTERIM_GRANTED',
    rationale: words.rationale,
    interimMadeOn: today(),
    conditions: words.conditions,
  });
  r = await step(officer, 'recordOrderBreach', {
    referralId: r.id,
    expectedVersion: r.version,
    occurredOn: today(),
    description: words.breach,
    crimeReference: words.breachCrimeReference,
  });
  const ref = () => ({ referralId: r.id, expectedVersion: r.version });
  r = await step(officer, 'submitReferral', { ...ref(), partnerServiceId: f.tenancy.service.id });
  const link = await issueLink(officer, r.id);
  const done = (): SharingReferral => ({ id: r.id, state, link });
  if (state === 'SUBMITTED') return done();
  if (state === 'DECLINED') {
    await step(manager, 'declineReferral', { ...ref(), reason: 'CAPACITY', note: 'No advocate free this month.' });
    return done();
  }
  r = await step(manager, 'acceptReferral', ref());
  await manager.ok(mutations.postSafeguardingUpdate, {
    input: { ...ref(), idempotencyKey: randomUUID(), kind: 'SUPPORT_PLAN_NOTE', text: 'Triage note.', needsPoliceAction: false, visibleToVictim: false },
  });
  r = (await manager.ok(STATUS, { id: r.id })).referral!;
  if (state === 'ACCEPTED') return done();
  r = await step(manager, 'allocateReferral', { ...ref(), advocateId: f.tenancy.users.advocate.id });
  if (state === 'ALLOCATED') return done();
  r = await step(advocate, 'recordContactAttempt', { ...ref(), outcome: 'CONTACTED', note: 'Spoke at a safe time.' });
  if (state === 'IN_CONTACT') return done();
  if (state === 'CLOSED') await step(advocate, 'closeReferral', { ...ref(), outcome: 'ENGAGED_AND_SUPPORTED', reason: 'Support plan complete.' });
  else if (state === 'WITHDRAWN') await step(officer, 'withdrawReferral', { ...ref(), reason: 'Victim supported elsewhere.' });
  else if (state === 'CONSENT_WITHDRAWN') await step(officer, 'withdrawConsent', { ...ref(), reason: 'The victim asked us to stop.' });
  else throw new Error(`No way to build a referral in ${state}`);
  return done();
}
