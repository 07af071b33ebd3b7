import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { useFixture } from '../../../test/session-fixture.js';
import type { LogCapture } from '../../../test/test-api.js';

const logs: LogCapture = { lines: [] };
const f = useFixture({}, logs);

/** The parsed log lines of request `requestId`. */
const linesOf = (requestId: string) => logs.lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.requestId === requestId);

describe('request log', () => {
  it('logs each request once with its request id and operation name, and never its body, cookie or query string', async () => {
    const marker = `Victim-${randomUUID()}`;
    const response = await fetch(`${f.api.url}/graphql?name=${marker}`, {
      method: 'POST',
      headers: { ...f.as.officer.baseHeaders, cookie: f.as.officer.cookieHeader },
      body: JSON.stringify({ query: 'query FindReferral($id: ID!) { referral(id: $id) { id } }', variables: { id: marker } }),
    });
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await vi.waitFor(() => expect(linesOf(requestId).filter((l) => l.msg === 'request completed')).toHaveLength(1));
    const [line] = linesOf(requestId).filter((l) => l.msg === 'request completed');
    expect(line).toMatchObject({ operationName: 'FindReferral', req: { method: 'POST', path: '/graphql' }, res: { statusCode: 200 } });
    expect(typeof line.durationMs).toBe('number');
    const everything = linesOf(requestId).map((l) => JSON.stringify(l)).join('\n');
    expect(everything).not.toContain(marker);
    expect(everything).not.toContain(f.as.officer.cookieHeader.split('=')[1]);
    expect(everything).not.toContain('referral(id');
  });

  it('does not log probe requests', async () => {
    const response = await fetch(`${f.api.url}/healthz`);
    const requestId = response.headers.get('x-request-id')!;
    await fetch(`${f.api.url}/graphql`, { method: 'POST', headers: f.as.officer.baseHeaders, body: JSON.stringify({ query: 'query Later { __typename }' }) });
    await vi.waitFor(() => expect(logs.lines.some((line) => line.includes('"operationName":"Later"'))).toBe(true));
    expect(linesOf(requestId)).toEqual([]);
  });
});
