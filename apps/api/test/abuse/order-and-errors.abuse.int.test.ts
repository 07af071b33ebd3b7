import { describe, expect, it } from 'vitest';
import { useFixture } from '../session-fixture.js';
import { graphql } from '../gql/gql.js';
import { step, submitted } from '../referral-steps.js';
import type { LogCapture } from '../test-api.js';

/**
 * What an order or an error could still give away: a list sorted by a risk level the data-sharing policy
 * hides, a parser message that names the token limit, and malformed requests logged as faults of Lantern's.
 */
const logs: LogCapture = { lines: [] };
const f = useFixture({}, logs);

const DECLINED_BY_PRIORITY = graphql(`query DeclinedByPriority {
  referrals(first: 100, sort: PRIORITY, filter: { statuses: [DECLINED] }) { edges { node { id riskLevel } } }
}`);

const errorLines = () => logs.lines.map((line) => JSON.parse(line) as { level: number }).filter((line) => line.level >= 50);

async function post(body: Record<string, unknown>): Promise<{ status: number; errors: { message: string; extensions?: { code?: string } }[] }> {
  const response = await fetch(`${f.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-lantern-app': 'police', 'x-forwarded-proto': 'https' },
    body: JSON.stringify(body),
  });
  const parsed = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, errors: parsed.errors ?? [] };
}

describe('a list sorted by priority', () => {
  it('never orders a service its declined referrals by the risk level it may no longer see', async () => {
    // Declined in the order standard, medium, high: by risk the police would see them reversed.
    const ids: string[] = [];
    for (const risk of ['STANDARD', 'MEDIUM', 'HIGH']) {
      const sent = await submitted(f.as.officer, f.tenancy, risk);
      await step(f.as.manager, 'declineReferral', { referralId: sent.id, expectedVersion: sent.version, reason: 'CAPACITY' });
      ids.push(sent.id);
    }
    const mine = (await f.as.manager.ok(DECLINED_BY_PRIORITY)).referrals.edges.map((e) => e.node).filter((n) => ids.includes(n.id));
    expect(mine.map((n) => n.riskLevel)).toEqual([null, null, null]);
    // With risk hidden, priority falls back to the oldest change first: the order they were declined in.
    expect(mine.map((n) => n.id)).toEqual(ids);
    const police = (await f.as.officer.ok(DECLINED_BY_PRIORITY)).referrals.edges.map((e) => e.node).filter((n) => ids.includes(n.id));
    expect(police.map((n) => n.id)).toEqual([...ids].reverse());
  });
});

describe('errors that would state a limit or blame Lantern for a caller\'s mistake', () => {
  it('answers a document over the token limit with the one message every limit gives, naming no number', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`;
    const { errors } = await post({ query });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('The query is too large or too complex.');
    expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['an operation name that matches no operation', { query: 'query A { viewer { role } } query B { viewer { role } }', operationName: 'C' }],
    ['two operations and no operation name', { query: 'query A { viewer { role } } query B { viewer { role } }' }],
    ['a subscription the schema does not offer', { query: 'subscription { x }' }],
  ])('answers %s as bad input and writes no error line', async (_what, body) => {
    logs.lines.length = 0;
    const { errors } = await post(body);
    expect(errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(errors[0]?.message).not.toMatch(/Reference:/);
    expect(errorLines()).toEqual([]);
  });
});
