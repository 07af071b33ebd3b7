import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useFixture } from '../session-fixture.js';
import { useOwnerDb } from '../owner-db.js';
import type { GraphQLClient } from '../graphql-client.js';
import { tenancySnapshot } from '../db-snapshot.js';
import { referralIn } from '../referral-states.js';
import { draftInput, mutations, queries, signIn } from '../referral-steps.js';
import type { LogCapture } from '../test-api.js';

const logs: LogCapture = { lines: [] };
const f = useFixture({}, logs);
const db = useOwnerDb(f);

/** pino's levels: 40 warn, 50 error, 60 fatal. */
const warningsAndErrors = () => logs.lines.map((line) => JSON.parse(line) as { level: number; msg: string }).filter((line) => line.level >= 40);

const NUL = '\u0000';
const LONE_HIGH = '\uD83D';
const LONE_LOW = '\uDE00';
const C1 = '\u0085';
const ESCAPE = '\u001B';

const SERVICE_DIRECTORY = `query Directory($area: String) { serviceDirectory(area: $area) { id } }`;

/**
 * Sends `send` and expects the edge's refusal naming `field`, with nothing stored and nothing logged.
 */
async function refusedAtEdge(send: () => Promise<{ code: string; message: string; fields: { field: string }[] }>, field: string) {
  const before = await tenancySnapshot(db, f.tenancy);
  const logged = warningsAndErrors().length;
  const answer = await send();
  expect(answer.code).toBe('BAD_USER_INPUT');
  expect(answer.fields.map((p) => p.field)).toContain(field);
  expect(answer.message).toContain('cannot be saved');
  expect(await tenancySnapshot(db, f.tenancy)).toEqual(before);
  expect(warningsAndErrors().length).toBe(logged);
}

const failing = (client: GraphQLClient, query: Parameters<GraphQLClient['fails']>[0], variables: Record<string, unknown>) => async () => {
  const failure = await client.fails(query, variables);
  return { code: failure.code, message: failure.message, fields: failure.extensions.fields ?? [] };
};

describe('strings refused at the edge, for every kind of input', () => {
  it('refuses a victim surname ending in a lone surrogate, naming the field', async () => {
    const input = draftInput(f.tenancy, { victim: { ...draftInput(f.tenancy).victim, lastName: `Smith${LONE_HIGH}` } });
    await refusedAtEdge(failing(f.as.officer, mutations.createReferral, { input }), 'victim.lastName');
  });

  it('refuses a NUL byte in free text', async () => {
    const input = draftInput(f.tenancy, { circumstances: `Waited outside${NUL} work.` });
    await refusedAtEdge(failing(f.as.officer, mutations.createReferral, { input }), 'circumstances');
  });

  it('refuses C1 and escape control characters in a nested field', async () => {
    const input = draftInput(f.tenancy, { victim: { ...draftInput(f.tenancy).victim, area: `North${C1}`, safeContact: { ...draftInput(f.tenancy).victim.safeContact, safeTimes: `${ESCAPE}[2J` } } });
    await refusedAtEdge(failing(f.as.officer, mutations.createReferral, { input }), 'victim.area');
  });

  it('refuses a NUL byte in an idempotency key', async () => {
    const input = draftInput(f.tenancy, { idempotencyKey: `${randomUUID()}${NUL}` });
    await refusedAtEdge(failing(f.as.officer, mutations.createReferral, { input }), 'idempotencyKey');
  });

  it('refuses a NUL byte in the area of the service directory, as a variable and as a literal', async () => {
    await refusedAtEdge(failing(f.as.officer, SERVICE_DIRECTORY, { area: `Leeds${NUL}` }), 'area');
    await refusedAtEdge(failing(f.as.officer, `query { serviceDirectory(area: "Leeds\\u0000") { id } }`, {}), 'area');
  });

  it('refuses control characters in the sign-in e-mail and password of an anonymous caller, counting no attempt', async () => {
    const email = f.tenancy.users.officer.email;
    await refusedAtEdge(failing(f.anonymous(), signIn, { input: { email: `${email}${NUL}`, password: 'x' } }), 'email');
    await refusedAtEdge(failing(f.anonymous(), signIn, { input: { email, password: `pass${LONE_LOW}word` } }), 'password');
    expect(await db.count(`SELECT count(*) FROM audit_events WHERE action = 'SIGN_IN' AND entity_id = $1 AND outcome = 'DENIED'`, [f.tenancy.users.officer.id])).toBe(0);
  });

  it('refuses a NUL byte in a search filter and in an id', async () => {
    await refusedAtEdge(failing(f.as.officer, queries.referrals, { filter: { search: `Smith${NUL}` } }), 'filter.search');
    await refusedAtEdge(failing(f.as.officer, queries.referral, { id: `${randomUUID()}${NUL}` }), 'id');
  });

  it('refuses a lone surrogate in the id of an update to acknowledge, changing nothing', async () => {
    const referral = await referralIn(f, 'ACCEPTED');
    await refusedAtEdge(failing(f.as.officer, mutations.acknowledgeSafeguardingUpdate, { input: { updateId: `${referral.updateId!}${LONE_HIGH}` } }), 'updateId');
  });

  it('keeps tabs and line breaks in free text', async () => {
    const circumstances = 'First message at 2am.\nSecond at 3am.\r\n\tThen at the door.';
    const created = (await f.as.officer.ok(mutations.createReferral, { input: draftInput(f.tenancy, { circumstances }) })).createReferral;
    expect(await db.one(`SELECT circumstances FROM referrals WHERE id = $1`, [created.id])).toEqual({ circumstances });
  });

  it('answers an unknown persisted-query hash as a bad request, with nothing logged', async () => {
    const logged = warningsAndErrors().length;
    const response = await fetch(`${f.api.url}/graphql`, {
      method: 'POST',
      headers: f.anonymous().baseHeaders,
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    // Apollo answers persisted-query errors with 200, as the protocol asks, so clients can fall back to the text.
    expect(response.status).toBeLessThan(500);
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(warningsAndErrors().length).toBe(logged);
  });
});

describe('impossible dates refused with a clear message', () => {
  it('refuses a date of birth in year 0000 or before 1900, storing nothing', async () => {
    for (const dateOfBirth of ['0000-01-01', '1899-12-31']) {
      const before = await tenancySnapshot(db, f.tenancy);
      const input = draftInput(f.tenancy, { victim: { ...draftInput(f.tenancy).victim, dateOfBirth } });
      const failure = await f.as.officer.fails(mutations.createReferral, { input });
      expect(failure.code).toBe('BAD_USER_INPUT');
      expect(failure.extensions.fields).toContainEqual({ field: 'victim.dateOfBirth', message: expect.stringContaining('1900') as string });
      expect(await tenancySnapshot(db, f.tenancy)).toEqual(before);
    }
  });

  it('refuses a breach dated before the order it breaches was made', async () => {
    const referral = await referralIn(f, 'SUBMITTED');
    const before = await tenancySnapshot(db, f.tenancy);
    const failure = await f.as.officer.fails(mutations.recordOrderBreach, {
      input: { referralId: referral.id, expectedVersion: referral.version, occurredOn: '2001-01-01', description: 'Sent flowers to her work.' },
    });
    expect(failure.code).toBe('BAD_USER_INPUT');
    expect(failure.extensions.fields[0]).toEqual({ field: 'occurredOn', message: expect.stringContaining('on or after the date the order was made') as string });
    expect(await tenancySnapshot(db, f.tenancy)).toEqual(before);
  });
});

describe('logs carry no victim data whatever fails', () => {
  const marker = `Probe${randomUUID().slice(0, 8)}`;
  beforeAll(async () => {
    // A database failure in the middle of a write: the driver's message, detail and hint all quote the victim.
    await db.query(`
      CREATE OR REPLACE FUNCTION abuse_log_probe() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.victim->>'lastName' LIKE 'Probe%' THEN
          RAISE EXCEPTION E'refused\\n%', NEW.victim USING DETAIL = NEW.victim::text, HINT = coalesce(NEW.circumstances, ''), ERRCODE = '23514';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE OR REPLACE TRIGGER abuse_log_probe BEFORE INSERT ON referrals FOR EACH ROW EXECUTE FUNCTION abuse_log_probe()`);
  });
  afterAll(async () => {
    await db.query(`DROP TRIGGER IF EXISTS abuse_log_probe ON referrals`);
    await db.query(`DROP FUNCTION IF EXISTS abuse_log_probe()`);
  });
  beforeEach(() => {
    logs.lines.length = 0;
  });

  it('logs a failed write of a victim\'s details by code and reference only', async () => {
    const victim = {
      ...draftInput(f.tenancy).victim,
      firstName: `Zebedee${randomUUID().slice(0, 6)}`,
      lastName: marker,
      postcode: 'LS1 4AP',
      safeContact: { ...draftInput(f.tenancy).victim.safeContact, phone: '07700 900561', safeTimes: 'Only after 7pm at her sister' },
    };
    const input = draftInput(f.tenancy, { victim, circumstances: 'He waits at the Quarry Hill bus stop.' });
    const before = await tenancySnapshot(db, f.tenancy);
    const failure = await f.as.officer.fails(mutations.createReferral, { input });
    expect(failure.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await tenancySnapshot(db, f.tenancy)).toEqual(before);

    const errors = warningsAndErrors();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ level: 50, msg: 'unexpected error', requestId: failure.extensions.requestId, err: { type: 'QueryFailedError', code: '23514' } });
    const everything = logs.lines.join('\n');
    for (const value of [marker, victim.firstName, 'LS1 4AP', '900561', 'Quarry Hill', 'sister', f.tenancy.area, input.crimeReference, 'refused']) {
      expect({ value, found: everything.includes(value) }).toEqual({ value, found: false });
    }
  });

  it('writes no warning or error line when an anonymous caller sends NUL bytes in a loop', async () => {
    const caller = f.anonymous();
    const answers: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const request =
        i % 3 === 0
          ? caller.request(signIn, { input: { email: `someone${i}@example.test${NUL}`, password: 'x' } })
          : i % 3 === 1
            ? caller.request(SERVICE_DIRECTORY, { area: `${NUL}${i}` })
            : caller.request(mutations.createReferral, { input: draftInput(f.tenancy, { idempotencyKey: `${NUL}${i}-key-key` }) });
      answers.push(String((await request).errors?.[0]?.extensions?.code));
    }
    expect(new Set(answers)).toEqual(new Set(['BAD_USER_INPUT']));
    expect(warningsAndErrors()).toEqual([]);
    expect(logs.lines.join('\n')).not.toContain('someone');
  });
});
