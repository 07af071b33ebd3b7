import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { REPO_ROOT } from './config.js';
import { CONFIG_VARIABLE_LIST } from './config-variables.js';

/**
 * The deployment files carry every variable production requires (`requiredInProduction` in the table), and
 * take every sensitive one from the environment or a Secret, never from a value written in the file.
 */
const required = CONFIG_VARIABLE_LIST.filter((variable) => variable.requiredInProduction).map((variable) => variable.name);
const sensitive = new Set(CONFIG_VARIABLE_LIST.filter((variable) => variable.sensitive).map((variable) => variable.name));
const runsTheApi = (image: string | undefined) => /lantern[-/]api(:|@|$)/.test(image ?? '');

interface KeyRef {
  name: string;
  key: string;
  optional?: boolean;
}
interface Container {
  name: string;
  image?: string;
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: KeyRef; configMapKeyRef?: KeyRef } }[];
  envFrom?: { prefix?: string; configMapRef?: { name: string }; secretRef?: { name: string } }[];
}
interface PodSpec {
  containers?: Container[];
  initContainers?: Container[];
}
interface Manifest {
  kind?: string;
  metadata?: { name?: string };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  spec?: PodSpec & { template?: { spec?: PodSpec }; jobTemplate?: { spec?: { template?: { spec?: PodSpec } } } };
}

/** Every YAML file under a folder, at any depth. */
function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const kubernetesFolder = path.join(REPO_ROOT, 'infra/kubernetes');
const manifests: { file: string; manifest: Manifest }[] = yamlFiles(kubernetesFolder).flatMap((file) =>
  parseAllDocuments(readFileSync(file, 'utf8')).map((document) => {
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors.map((error) => error.message).join('; ')}`);
    return { file: path.relative(REPO_ROOT, file), manifest: (document.toJS() ?? {}) as Manifest };
  }),
);
const named = (kind: string, name: string) => manifests.find(({ manifest }) => manifest.kind === kind && manifest.metadata?.name === name)?.manifest;
const keysOf = (manifest: Manifest | undefined) => Object.keys({ ...manifest?.data, ...manifest?.stringData });

/** Where a container's variables come from: a value written in the manifest, a ConfigMap or a Secret. */
type Source = { from: 'value'; value: string } | { from: 'configMap' } | { from: 'secret' };

/** The variables a container receives, by name; fails on a reference to a ConfigMap, Secret or key the folder does not define. */
function containerVariables(container: Container): Map<string, Source> {
  const variables = new Map<string, Source>();
  for (const source of container.envFrom ?? []) {
    const reference = source.configMapRef ? (['ConfigMap', source.configMapRef.name] as const) : source.secretRef ? (['Secret', source.secretRef.name] as const) : undefined;
    if (!reference) continue;
    const manifest = named(reference[0], reference[1]);
    expect(manifest, `${reference[0]} ${reference[1]} is defined in infra/kubernetes`).toBeDefined();
    for (const key of keysOf(manifest)) {
      variables.set(`${source.prefix ?? ''}${key}`, reference[0] === 'Secret' ? { from: 'secret' } : { from: 'configMap' });
    }
  }
  for (const variable of container.env ?? []) {
    const secret = variable.valueFrom?.secretKeyRef;
    const configMap = variable.valueFrom?.configMapKeyRef;
    const reference = secret ? (['Secret', secret] as const) : configMap ? (['ConfigMap', configMap] as const) : undefined;
    if (reference) {
      expect(keysOf(named(reference[0], reference[1].name)), `${reference[0]} ${reference[1].name} in infra/kubernetes has ${reference[1].key}`).toContain(reference[1].key);
      variables.set(variable.name, secret ? { from: 'secret' } : { from: 'configMap' });
    } else {
      variables.set(variable.name, { from: 'value', value: variable.value ?? '' });
    }
  }
  return variables;
}

const apiContainers = manifests.flatMap(({ file, manifest }) => {
  const pod = manifest.spec?.template?.spec ?? manifest.spec?.jobTemplate?.spec?.template?.spec ?? (manifest.kind === 'Pod' ? manifest.spec : undefined);
  return [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])]
    .filter((container) => runsTheApi(container.image))
    .map((container) => ({ where: `${file}: ${manifest.kind} ${manifest.metadata?.name}, container ${container.name}`, container }));
});

describe('the Kubernetes manifests', () => {
  it('run the API somewhere', () => {
    expect(apiContainers.length).toBeGreaterThan(0);
  });

  for (const { where, container } of apiContainers) {
    it(`give ${where} every variable production requires, secrets from a Secret`, () => {
      const variables = containerVariables(container);
      expect(required.filter((name) => !variables.has(name))).toEqual([]);
      expect(variables.get('NODE_ENV')).toEqual({ from: 'value', value: 'production' });
      for (const [name, source] of variables) if (sensitive.has(name)) expect(source.from, name).toBe('secret');
    });
  }

  it('write no secret into a ConfigMap and no value into a Secret', () => {
    for (const { file, manifest } of manifests) {
      if (manifest.kind === 'ConfigMap') expect(keysOf(manifest).filter((key) => sensitive.has(key)), file).toEqual([]);
      if (manifest.kind === 'Secret') expect(Object.values({ ...manifest.data, ...manifest.stringData }).filter(Boolean), file).toEqual([]);
    }
  });
});

interface ComposeFile {
  services: Record<string, { image?: string; build?: { dockerfile?: string }; environment?: Record<string, string | number | boolean | null> | string[] }>;
}

describe('the compose file', () => {
  const compose = parse(readFileSync(path.join(REPO_ROOT, 'infra/compose.yaml'), 'utf8')) as ComposeFile;
  const apiServices = Object.entries(compose.services).filter(([, service]) => runsTheApi(service.image) || /api\.Dockerfile$/.test(service.build?.dockerfile ?? ''));

  it('runs the API somewhere', () => {
    expect(apiServices.length).toBeGreaterThan(0);
  });

  for (const [name, service] of apiServices) {
    it(`gives the ${name} service every variable production requires, secrets from the environment`, () => {
      const entries = Array.isArray(service.environment)
        ? service.environment.map((entry) => [entry.split('=')[0] ?? '', entry.slice(entry.indexOf('=') + 1)] as const)
        : Object.entries(service.environment ?? {}).map(([key, value]) => [key, String(value ?? '')] as const);
      const environment = new Map(entries);
      expect(required.filter((variable) => !environment.has(variable))).toEqual([]);
      expect(environment.get('NODE_ENV')).toBe('production');
      for (const [variable, value] of environment) if (sensitive.has(variable)) expect(value, variable).toMatch(/\$\{[A-Z0-9_]+/);
    });
  }
});
