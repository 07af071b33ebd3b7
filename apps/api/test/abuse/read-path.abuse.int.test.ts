import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useFixture } from '../session-fixture.js';
import { useOwnerDb } from '../owner-db.js';
import { referralIn, type BuiltReferral } from '../referral-states.js';
import { mutations } from '../referral-steps.js';
import { graphql } from '../gql/gql.js';

const f = useFixture();
const db = useOwnerDb(f);

const CASELOAD = graphql(`query AdvocateCaseload($id: ID!) { referral(id: $id) { id allocatedAdvocate { id caseloadSize } } }`);
const UPDATES_WITH_REFERRAL = graphql(`query UpdatesWithTheirReferral($id: ID!) {
  referral(id: $id) { id safeguardingUpdates { id referral { id reference } } }
}`);
const LIST_WITH_NESTED = graphql(`query ListWithNestedReferral {
  referrals(first: 100) { edges { node { id safeguardingUpdates { id referral { id } } } } }
}`);

const UPDATES = 100;
let referral: BuiltReferral;

/** Audit rows written for `actorId` after row `sinceId`, and how many transactions wrote them. */
async function auditSince(actorId: string, sinceId: string) {
  return db.one<{ rows: string; transactions: string; reads: string }>(
    `SELECT count(*) AS rows, count(DISTINCT xmin::text) AS transactions, count(*) FILTER (WHERE action = 'READ') AS reads
     FROM audit_events WHERE actor_id = $1 AND id > $2`,
    [actorId, sinceId],
  );
}
/**
 * Counts the statements the API sends to PostgreSQL while `work` runs (the API runs in this process, so
 * every pooled client is a pg.Client).
 */
async function statementsDuring(work: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(pg.Client.prototype, 'query');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

const lastAuditId = async () => (await db.one<{ id: string }>(`SELECT coalesce(max(id), 0)::text AS id FROM audit_events`)).id;

beforeAll(async () => {
  referral = await referralIn(f, 'ALLOCATED');
  // Each update moves the referral's version on, so they are posted one after another.
  let version = referral.version;
  for (let i = 1; i <= UPDATES; i++) {
    const posted = await f.as.manager.ok(mutations.postSafeguardingUpdate, {
      input: { referralId: referral.id, expectedVersion: version, idempotencyKey: randomUUID(), kind: 'CONTACT_MADE', text: `Update ${i}`, needsPoliceAction: false, visibleToVictim: false },
    });
    version = posted.postSafeguardingUpdate.referral.version;
  }
}, 300_000);

describe('caseloadSize', () => {
  it('is not shown to an officer, even of the force whose referral the advocate holds', async () => {
    const answer = await f.as.officer.ok(CASELOAD, { id: referral.id });
    expect(answer.referral?.allocatedAdvocate).toEqual({ id: f.tenancy.users.advocate.id, caseloadSize: null });
  });

  it('is shown to the advocate’s own partner manager, counting only their service’s open referrals', async () => {
    const answer = await f.as.manager.ok(CASELOAD, { id: referral.id });
    const expected = await db.count(
      `SELECT count(*) FROM referrals WHERE advocate_id = $1 AND partner_service_id = $2 AND status IN ('ALLOCATED', 'IN_CONTACT')`,
      [f.tenancy.users.advocate.id, f.tenancy.service.id],
    );
    expect(answer.referral?.allocatedAdvocate?.caseloadSize).toBe(expected);
    expect(expected).toBeGreaterThan(0);
  });
});

describe('audited reads', () => {
  it(`a referral's ${UPDATES} updates each asking for their referral cost one audited read, written in one transaction`, async () => {
    const since = await lastAuditId();
    let answer: Awaited<ReturnType<typeof f.as.manager.ok<typeof UPDATES_WITH_REFERRAL>>> | undefined;
    const statements = await statementsDuring(async () => {
      answer = await f.as.manager.ok(UPDATES_WITH_REFERRAL, { id: referral.id });
    });
    // Measured at about 50 (session, viewer, the referral, its updates, one referral batch, one audit INSERT,
    // each in its own scoped transaction) whatever the number of updates; it was 213, with 102 audit rows in
    // 102 transactions, when every update re-read and re-audited its referral.
    expect(statements).toBeLessThan(UPDATES);
    expect(answer?.referral?.safeguardingUpdates.length).toBeGreaterThanOrEqual(UPDATES);
    expect(new Set(answer?.referral?.safeguardingUpdates.map((u) => u.referral.id))).toEqual(new Set([referral.id]));
    const audit = await auditSince(f.tenancy.users.manager.id, since);
    expect({ rows: Number(audit.rows), reads: Number(audit.reads), transactions: Number(audit.transactions) }).toEqual({ rows: 1, reads: 1, transactions: 1 });
  });

  it('a list of referrals with nested referrals is audited in one transaction per request: the list and each referral read once', async () => {
    const since = await lastAuditId();
    const answer = await f.as.manager.ok(LIST_WITH_NESTED);
    const withUpdates = new Set(answer.referrals.edges.filter((e) => e.node.safeguardingUpdates.length > 0).map((e) => e.node.id));
    const audit = await auditSince(f.tenancy.users.manager.id, since);
    expect(Number(audit.transactions)).toBe(1);
    expect(Number(audit.reads)).toBe(withUpdates.size);
    expect(Number(audit.rows)).toBe(withUpdates.size + 1);
  });

  it('an outsider asking for the referral through nested fields reads nothing and is audited once as denied', async () => {
    const since = await lastAuditId();
    const answer = await f.as.otherManager.ok(UPDATES_WITH_REFERRAL, { id: referral.id });
    expect(answer.referral).toBeNull();
    const denied = await db.count(
      `SELECT count(*) FROM audit_events WHERE actor_id = $1 AND id > $2 AND outcome = 'DENIED' AND entity_id = $3`,
      [f.tenancy.users.otherManager.id, since, referral.id],
    );
    expect(denied).toBe(1);
  });
});
