import { describe, expect, it } from 'vitest';
import { useFixture } from '../../../test/session-fixture.js';

const f = useFixture();

const scrape = async () => {
  const response = await fetch(`${f.api.url}/metrics`);
  return { type: response.headers.get('content-type'), text: await response.text() };
};

/** The value of the sample `name{labels}` in Prometheus text, 0 when absent. */
function sample(text: string, name: string, labels: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('metrics', () => {
  it('answers in Prometheus text format with the request, latency, pool, queue and notification metrics', async () => {
    const { type, text } = await scrape();
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const name of [
      'lantern_http_requests_total',
      'lantern_http_request_duration_seconds',
      'lantern_db_pool_connections',
      'lantern_job_queue_depth',
      'lantern_job_queue_oldest_seconds',
      'lantern_notifications',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(text).toMatch(/^lantern_db_pool_connections\{pool="orm",state="idle"\} \d+$/m);
    expect(text).toMatch(/^lantern_notifications\{state="SENT"\} \d+$/m);
  });

  it('counts a GraphQL request under its operation name and outcome code', async () => {
    const labels = 'operation="MetricsProbe",code="OK"';
    const before = sample((await scrape()).text, 'lantern_http_requests_total', labels);
    await f.as.officer.ok({ toString: () => 'query MetricsProbe { viewer { role } }' } as never);
    const after = (await scrape()).text;
    expect(sample(after, 'lantern_http_requests_total', labels)).toBe(before + 1);
    expect(sample(after, 'lantern_http_request_duration_seconds_count', 'operation="MetricsProbe"')).toBe(1);
  });

  it('counts a refused GraphQL request under its error code', async () => {
    const labels = 'operation="MetricsRefused",code="UNAUTHENTICATED"';
    const before = sample((await scrape()).text, 'lantern_http_requests_total', labels);
    await f.anonymous().request({ toString: () => 'query MetricsRefused { referrals { totalCount } }' } as never);
    expect(sample((await scrape()).text, 'lantern_http_requests_total', labels)).toBe(before + 1);
  });
});
