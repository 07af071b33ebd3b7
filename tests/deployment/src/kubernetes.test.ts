/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-call -- manifests are untyped YAML; their shapes are checked against the schemas */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { podContainers, readYaml, renderKustomization, type KubeObject } from './kustomize.js';
import { schemaErrors } from './validate.js';

const KUBERNETES = fileURLToPath(new URL('../../../infra/kubernetes/', import.meta.url));
const overlays = readdirSync(path.join(KUBERNETES, 'overlays'));
/** An image pinned by digest: `name@sha256:<64 hex>` (a tag may stand before the digest). */
const PINNED = /^[a-z0-9.\-/:]+@sha256:[0-9a-f]{64}$/;

type Pod = { securityContext?: Record<string, any>; containers: Record<string, any>[]; initContainers?: Record<string, any>[] };
const podOf = (object: KubeObject) => (object.spec as { template: { spec: Pod } }).template.spec;
const labelsOf = (object: KubeObject) => (object.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
const matches = (selector: Record<string, string>, labels: Record<string, string>) => Object.entries(selector).every(([k, v]) => labels[k] === v);

describe('the kustomize loader', () => {
  it('refuses a kustomization field it does not render', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kustomization-'));
    writeFileSync(path.join(folder, 'kustomization.yaml'), 'resources: []\nreplicas: [{ name: lantern-api, count: 5 }]\n');
    expect(() => renderKustomization(folder)).toThrow(/does not render replicas/);
    rmSync(folder, { recursive: true });
  });

  it('applies an overlay\'s patches, namespace and image digests to the base', () => {
    const api = renderKustomization(path.join(KUBERNETES, 'overlays', 'staging')).find((o) => o.kind === 'Deployment' && o.metadata.name === 'lantern-api')!;
    expect(api.metadata.namespace).toBe('lantern-staging');
    expect((api.spec as { replicas: number }).replicas).toBe(2);
    expect(podContainers(api)[0].image).toMatch(/^registry\.example\.gov\.uk\/lantern\/api@sha256:/);
    expect(podContainers(api)[0]).toHaveProperty('env');
  });
});

for (const overlay of overlays) {
  const objects = renderKustomization(path.join(KUBERNETES, 'overlays', overlay));
  const of = (kind: string) => objects.filter((o) => o.kind === kind);
  const deployments = of('Deployment');

  describe(`the ${overlay} overlay`, () => {
    it('renders only objects valid against the Kubernetes and CloudNativePG schemas', () => {
      const errors: string[] = [];
      for (const object of objects) for (const error of schemaErrors(object)) errors.push(`${object.kind} ${object.metadata.name}: ${error}`);
      expect(errors).toEqual([]);
      expect(objects.every((o) => o.metadata.namespace === `lantern-${overlay}`)).toBe(true);
    });

    it('runs the API, the worker and both web apps, with an ingress to the web apps', () => {
      expect(deployments.map((d) => d.metadata.name).sort()).toEqual(['lantern-api', 'lantern-partner', 'lantern-police', 'lantern-worker']);
      const backends = JSON.stringify(of('Ingress').map((i) => i.spec));
      expect(backends).toContain('lantern-police');
      expect(backends).toContain('lantern-partner');
      expect((of('Ingress')[0].spec as { tls: unknown[] }).tls.length).toBeGreaterThan(0);
    });

    it('pins every image by digest and none by a moving tag', () => {
      const images = [
        ...deployments.flatMap((d) => podContainers(d).map((c) => c.image ?? '')),
        ...of('Cluster').map((c) => (c.spec as { imageName: string }).imageName),
      ];
      expect(images.length).toBeGreaterThan(4);
      for (const image of images) {
        expect(image, image).toMatch(PINNED);
        expect(image, image).not.toMatch(/:latest\b/);
      }
    });

    for (const deployment of deployments) {
      const name = deployment.metadata.name;
      it(`runs ${name} under Pod Security "restricted"`, () => {
        const pod = podOf(deployment);
        expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
        expect(pod.securityContext?.runAsUser).toBeGreaterThan(0);
        for (const container of [...pod.containers, ...(pod.initContainers ?? [])]) {
          expect(container.securityContext, container.name).toMatchObject({
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            runAsNonRoot: true,
            capabilities: { drop: ['ALL'] },
            seccompProfile: { type: 'RuntimeDefault' },
          });
          expect(container.securityContext.capabilities.add ?? []).toEqual([]);
          expect(container.securityContext.privileged ?? false).toBe(false);
        }
        expect((pod as Record<string, unknown>).hostNetwork ?? false).toBe(false);
      });

      it(`gives ${name} startup, readiness and liveness probes and resource requests and limits`, () => {
        for (const container of podOf(deployment).containers) {
          expect(container.startupProbe, container.name).toBeDefined();
          expect(container.readinessProbe, container.name).toBeDefined();
          expect(container.livenessProbe, container.name).toBeDefined();
          expect(container.resources?.requests?.cpu && container.resources?.requests?.memory).toBeTruthy();
          expect(container.resources?.limits?.memory).toBeTruthy();
          if (container.image?.includes('/lantern/api')) {
            expect(container.readinessProbe.httpGet.path).toBe('/readyz');
            expect(container.livenessProbe.httpGet.path).toBe('/healthz');
          }
        }
      });

      it(`covers ${name} with a PodDisruptionBudget`, () => {
        expect(of('PodDisruptionBudget').filter((p) => matches((p.spec as any).selector.matchLabels, labelsOf(deployment)))).toHaveLength(1);
      });
    }

    it('scales the API and the web apps with HorizontalPodAutoscalers', () => {
      const targets = of('HorizontalPodAutoscaler').map((h) => (h.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name);
      expect(targets).toEqual(expect.arrayContaining(['lantern-api', 'lantern-police', 'lantern-partner']));
      for (const target of targets) expect(deployments.map((d) => d.metadata.name)).toContain(target);
    });

    it('denies all traffic by default and lets each pod in only from its callers', () => {
      const policies = of('NetworkPolicy');
      const denyAll = policies.find((p) => JSON.stringify((p.spec as any).podSelector) === '{}' && !(p.spec as any).ingress && !(p.spec as any).egress);
      expect((denyAll?.spec as any)?.policyTypes).toEqual(['Ingress', 'Egress']);
      for (const deployment of deployments.filter((d) => d.metadata.name !== 'lantern-worker')) {
        const allowing = policies.filter((p) => (p.spec as any).ingress && matches((p.spec as any).podSelector.matchLabels ?? {}, labelsOf(deployment)));
        expect(allowing.length, deployment.metadata.name).toBeGreaterThan(0);
      }
      const worker = deployments.find((d) => d.metadata.name === 'lantern-worker')!;
      expect(policies.filter((p) => (p.spec as any).ingress && matches((p.spec as any).podSelector.matchLabels ?? {}, labelsOf(worker)))).toEqual([]);
    });

    it('runs PostgreSQL as three CloudNativePG instances with synchronous replication and continuous backup', () => {
      const [cluster] = of('Cluster');
      const spec = cluster.spec as Record<string, any>;
      expect(spec.instances).toBe(3);
      expect(spec.postgresql.synchronous).toMatchObject({ number: 1, dataDurability: 'required' });
      expect(spec.affinity).toMatchObject({ enablePodAntiAffinity: true, podAntiAffinityType: 'required' });
      expect(spec.backup.barmanObjectStore.destinationPath).toMatch(/^s3:\/\//);
      expect(spec.backup.barmanObjectStore.wal).toBeDefined();
      const scheduled = of('ScheduledBackup');
      expect(scheduled.map((s) => (s.spec as any).cluster.name)).toContain(cluster.metadata.name);
    });

    it('creates lantern_app as a CloudNativePG managed role whose password Secret the API reads too', () => {
      const spec = of('Cluster')[0].spec as Record<string, any>;
      const role = (spec.managed.roles as Record<string, any>[]).find((r) => r.name === 'lantern_app');
      expect(role).toMatchObject({ ensure: 'present', login: true, superuser: false, bypassrls: false, createrole: false });
      for (const deployment of deployments.filter((d) => podContainers(d).some((c) => c.image?.includes('/lantern/api')))) {
        const env = podOf(deployment).containers[0].env as { name: string; valueFrom?: { secretKeyRef?: { name: string } } }[];
        expect(env.find((e) => e.name === 'APP_DB_PASSWORD')?.valueFrom?.secretKeyRef?.name, deployment.metadata.name).toBe(role?.passwordSecret.name);
      }
    });
  });
}

describe('the example Secrets and the restore Cluster', () => {
  it('are valid against the schemas, and every Secret is empty', () => {
    const examples = readdirSync(path.join(KUBERNETES, 'examples')).flatMap((file) => readYaml(path.join(KUBERNETES, 'examples', file)));
    const errors: string[] = [];
    for (const object of examples) for (const error of schemaErrors(object)) errors.push(`${object.kind} ${object.metadata.name}: ${error}`);
    expect(errors).toEqual([]);
    for (const secret of examples.filter((o) => o.kind === 'Secret')) expect(Object.values((secret.stringData ?? {}) as Record<string, string>).filter(Boolean)).toEqual([]);
  });
});

describe('the schema checks', () => {
  it('reject a misspelt field in a CloudNativePG Cluster and a bad Kubernetes object', () => {
    const cluster = renderKustomization(path.join(KUBERNETES, 'overlays', 'production')).find((o) => o.kind === 'Cluster')!;
    const misspelt = { ...cluster, spec: { ...(cluster.spec as object), instance: 3 } };
    expect(schemaErrors(misspelt as KubeObject)).not.toEqual([]);
    const badDeployment = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas: 'three' } };
    expect(schemaErrors(badDeployment as unknown as KubeObject)).not.toEqual([]);
  });
});
