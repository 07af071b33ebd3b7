import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { useFixture } from '../../../test/session-fixture.js';
import type { LogCapture } from '../../../test/test-api.js';

const logs: LogCapture = { lines: [] };
const f = useFixture({}, logs);

const metricsText = async () => (await fetch(`${f.api.url}/metrics`)).text();
const post = (body: unknown) => fetch(`${f.api.url}/graphql`, { method: 'POST', headers: f.as.officer.baseHeaders, body: JSON.stringify(body) });
/** The distinct `operation` label values of the request counter. */
const operations = (text: string) => new Set([...text.matchAll(/^lantern_http_requests_total\{operation="([^"]*)"/gm)].map((m) => m[1]));

describe('observability abuse', () => {
  it('writes neither a forged operation name nor victim data from it into the request log or the metrics', async () => {
    const marker = `Jo-${randomUUID()}`;
    const forged = `X"}\n{"level":60,"msg":"${marker}`;
    const response = await post({ operationName: forged, query: `query { __typename }`, variables: { victim: marker } });
    const requestId = response.headers.get('x-request-id')!;
    const requestLines = () => logs.lines.filter((line) => line.includes(requestId) && line.includes('"msg":"request completed"'));
    await vi.waitFor(() => expect(requestLines()).toHaveLength(1));
    expect(requestLines()[0]).not.toContain(marker);
    expect(requestLines()[0]).not.toContain('operationName');
    const text = await metricsText();
    expect(text).not.toContain(marker);
    expect(operations(text)).not.toContain(forged);
  });

  it('keeps the metric labels bounded when a client sends hundreds of invented operation names', async () => {
    const before = operations(await metricsText());
    for (let i = 0; i < 250; i += 1) await post({ query: `query Invented${i}x${randomUUID().slice(0, 8)} { __typename }` });
    const after = operations(await metricsText());
    // 200 client-chosen names, plus `http`, `anonymous` and `other`.
    expect(after.size).toBeLessThanOrEqual(200 + 3);
    expect(after).toContain('other');
    expect([...before].every((name) => after.has(name))).toBe(true);
  });
});
