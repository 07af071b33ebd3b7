import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const MONITORING = fileURLToPath(new URL('../../../infra/monitoring/', import.meta.url));
/** The metric families the API serves at /metrics (apps/api/src/common/observability/metrics.ts). */
const API_METRICS = ['lantern_http_requests_total', 'lantern_http_request_duration_seconds', 'lantern_db_pool_connections', 'lantern_job_queue_depth', 'lantern_job_queue_oldest_seconds', 'lantern_notifications'];

/** The lantern_* metric names an expression uses, with histogram suffixes taken off. */
const metricsIn = (expr: string) => [...expr.matchAll(/\blantern_[a-z_]+/g)].map((m) => m[0].replace(/_(bucket|sum|count)$/, ''));

interface Rule { alert: string; expr: string; for?: string; labels: { severity: string }; annotations: { summary: string } }

describe('monitoring files', () => {
  const rules = (parse(readFileSync(`${MONITORING}alert-rules.yaml`, 'utf8')) as { groups: { name: string; rules: Rule[] }[] }).groups.flatMap((g) => g.rules);
  const dashboard = JSON.parse(readFileSync(`${MONITORING}grafana-dashboard.json`, 'utf8')) as { uid: string; panels: { id: number; targets: { expr: string }[] }[] };

  it('has alert rules with a name, an expression, a severity and a summary, each name once', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.alert).toMatch(/^Lantern[A-Za-z]+$/);
      expect(rule.expr.length).toBeGreaterThan(0);
      expect(['page', 'ticket']).toContain(rule.labels.severity);
      expect(rule.annotations.summary.length).toBeGreaterThan(0);
      if (rule.for) expect(rule.for).toMatch(/^\d+[smh]$/);
    }
    expect(new Set(rules.map((r) => r.alert)).size).toBe(rules.length);
  });

  it('uses in its rules and dashboard only metrics the API serves', () => {
    const used = [...rules.map((r) => r.expr), ...dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr))].flatMap(metricsIn);
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(API_METRICS).toContain(name);
  });

  it('has a dashboard whose panels have distinct ids and a query each', () => {
    expect(dashboard.uid).toBe('lantern-api');
    expect(new Set(dashboard.panels.map((p) => p.id)).size).toBe(dashboard.panels.length);
    for (const panel of dashboard.panels) expect(panel.targets.length).toBeGreaterThan(0);
  });
});
