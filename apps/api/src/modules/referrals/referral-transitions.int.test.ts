import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionsFor, isActionAllowed, REFERRAL_ACTIONS } from '@lantern/schema/referral-actions';
import type { ReferralStatus } from '@lantern/schema/referral-status';
import type { Role } from '@lantern/schema/roles';
import { useFixture } from '../../../test/session-fixture.js';
import { useOwnerDb } from '../../../test/owner-db.js';
import { referralSnapshot } from '../../../test/db-snapshot.js';
import { actionRequest } from '../../../test/referral-action-requests.js';
import { referralIn } from '../../../test/referral-states.js';
import type { ActionTarget } from '../../../test/referral-action-requests.js';
import { awaitingAuthorisation, queries } from '../../../test/referral-steps.js';
import type { UserKey } from '../../../test/tenancy.js';

const f = useFixture();
const db = useOwnerDb(f);

const ROLES: Record<Exclude<Role, 'ADMIN'>, UserKey> = {
  OFFICER: 'officer',
  SUPERVISOR: 'supervisor',
  PARTNER_MANAGER: 'manager',
  ADVOCATE: 'advocate',
};
const POLICE: Role[] = ['OFFICER', 'SUPERVISOR'];
const WITH_PARTNER: Role[] = [...POLICE, 'PARTNER_MANAGER'];
const EVERYONE: Role[] = [...WITH_PARTNER, 'ADVOCATE'];

/** A referral ready for the table to be tried on it, and the status it reached. */
interface Built extends ActionTarget {
  readonly status: ReferralStatus;
}

interface Case {
  label: string;
  status: ReferralStatus;
  /** Who may see the referral at all; everyone else must be told it does not exist. */
  visibleTo: Role[];
  build(): Promise<Built>;
}

/** A draft whose request to go without consent was made by officer2, so only the role stops the officer. */
async function draftAwaitingAuthorisation(): Promise<Built> {
  return awaitingAuthorisation(f.as.officer, f.tenancy, f.as.officer2);
}

const CASES: Case[] = [
  { label: 'DRAFT', status: 'DRAFT', visibleTo: POLICE, build: () => referralIn(f, 'DRAFT') },
  { label: 'DRAFT awaiting authorisation', status: 'DRAFT', visibleTo: POLICE, build: draftAwaitingAuthorisation },
  { label: 'SUBMITTED', status: 'SUBMITTED', visibleTo: WITH_PARTNER, build: () => referralIn(f, 'SUBMITTED') },
  { label: 'ACCEPTED', status: 'ACCEPTED', visibleTo: WITH_PARTNER, build: () => referralIn(f, 'ACCEPTED') },
  { label: 'ALLOCATED', status: 'ALLOCATED', visibleTo: EVERYONE, build: () => referralIn(f, 'ALLOCATED') },
  { label: 'IN_CONTACT', status: 'IN_CONTACT', visibleTo: EVERYONE, build: () => referralIn(f, 'IN_CONTACT') },
  { label: 'DECLINED', status: 'DECLINED', visibleTo: WITH_PARTNER, build: () => referralIn(f, 'DECLINED') },
  { label: 'CLOSED', status: 'CLOSED', visibleTo: EVERYONE, build: () => referralIn(f, 'CLOSED') },
  { label: 'WITHDRAWN after allocation', status: 'WITHDRAWN', visibleTo: EVERYONE, build: () => referralIn(f, 'WITHDRAWN') },
];

const built = new Map<string, Built>();

beforeAll(async () => {
  const referrals = await Promise.all(CASES.map((c) => c.build()));
  for (const [index, c] of CASES.entries()) {
    let referral = referrals[index];
    expect(referral.status).toBe(c.status);
    if (!referral.updateId) {
      // No partner has had it, so no update can exist: plant an urgent one, so that acknowledging it can be
      // refused by the table alone.
      const row = await db.one<{ id: string }>(
        `INSERT INTO safeguarding_updates (referral_id, police_force_id, partner_service_id, kind, text, needs_police_action, urgent, visible_to_victim, posted_by)
         SELECT id, police_force_id, partner_service_id, 'NEEDS_POLICE_ACTION', 'Planted', true, true, false, officer_id FROM referrals WHERE id = $1 RETURNING id`,
        [referral.id],
      );
      referral = { ...referral, updateId: row.id };
    }
    built.set(c.label, referral);
  }
}, 120_000);

/**
 * Denied attempts on the referral or its update: an update the caller may not see is hidden by row-level
 * security, so acknowledging it is recorded against the update's id, not the referral they cannot see.
 */
const deniedAttempts = (referral: Built) =>
  db.count(`SELECT count(*) FROM audit_events WHERE entity_id = ANY($1) AND outcome = 'DENIED' AND action <> 'READ'`, [
    [referral.id, referral.updateId ?? referral.id],
  ]);

describe.each(CASES)('a referral $label', (c) => {
  it.each(Object.keys(ROLES) as (keyof typeof ROLES)[])('refuses %s every action the table does not allow, changing nothing', async (role) => {
    const referral = built.get(c.label)!;
    const client = f.as[ROLES[role]];
    const visible = c.visibleTo.includes(role);

    // What the role can see, and the actions offered, agree with the table.
    const seen = (await client.ok(queries.referral, { id: referral.id })).referral!;
    if (!visible) expect(seen).toBeNull();
    else expect(actionsFor(c.status, role)).toEqual(expect.arrayContaining(seen.availableActions));

    const before = await referralSnapshot(db, referral.id);
    const deniedBefore = await deniedAttempts(referral);
    const refused = REFERRAL_ACTIONS.filter((action) => !isActionAllowed(action, c.status, role));
    // Refusals change nothing, so they may all be tried at once.
    const codes = await Promise.all(
      refused.map(async (action) => {
        const request = actionRequest(action, referral, f.tenancy);
        return (await client.fails(request.query, request.variables)).code;
      }),
    );
    const outcomes = Object.fromEntries(refused.map((action, index) => [action, codes[index]]));
    const expected = visible ? 'INVALID_TRANSITION' : 'NOT_FOUND';
    expect(outcomes).toEqual(Object.fromEntries(refused.map((action) => [action, expected])));

    expect(await referralSnapshot(db, referral.id)).toEqual(before);
    const reread = (await f.as.officer.ok(queries.referral, { id: referral.id })).referral!;
    expect({ status: reread.status, version: reread.version }).toEqual({ status: c.status, version: referral.version });
    // Every refusal is on the record as a denied attempt.
    expect(await deniedAttempts(referral)).toBe(deniedBefore + refused.length);
  });
});

describe('a referral that does not exist', () => {
  it('is NOT_FOUND for every action and every role', async () => {
    const ghost = { id: randomUUID(), version: 1, updateId: randomUUID() };
    const attempts = Object.values(ROLES).flatMap((key) =>
      REFERRAL_ACTIONS.map(async (action) => {
        const request = actionRequest(action, ghost, f.tenancy);
        return `${key} ${action}: ${(await f.as[key].fails(request.query, request.variables)).code}`;
      }),
    );
    for (const outcome of await Promise.all(attempts)) expect(outcome).toMatch(/: NOT_FOUND$/);
  });
});
