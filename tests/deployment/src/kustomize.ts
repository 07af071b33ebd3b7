/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return -- manifests are untyped YAML; their shapes are checked against the schemas */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** A Kubernetes object as YAML gives it. */
export type KubeObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> }; [key: string]: unknown };

interface Kustomization {
  namespace?: string;
  resources?: string[];
  labels?: { pairs: Record<string, string> }[];
  images?: { name: string; newName?: string; newTag?: string; digest?: string }[];
  patches?: { path: string }[];
}

/** Every document of a YAML file, failing on a parse error. */
export function readYaml(file: string): KubeObject[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).flatMap((document) => {
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors.map((e) => e.message).join('; ')}`);
    const value = document.toJS() as KubeObject | null;
    return value ? [value] : [];
  });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A strategic merge patch for the shapes Lantern's overlays use: maps merge key by key, lists of named
 * objects (containers, env) merge by `name`, every other list is replaced, as Kubernetes' strategic merge
 * does for lists without a merge key.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (isObject(target) && isObject(patch)) {
    const result: Record<string, unknown> = { ...target };
    for (const [key, value] of Object.entries(patch)) result[key] = key in target ? mergePatch(target[key], value) : value;
    return result;
  }
  if (Array.isArray(target) && Array.isArray(patch) && patch.every((item) => isObject(item) && typeof item.name === 'string') && target.every((item) => isObject(item) && typeof item.name === 'string')) {
    const result = [...(target as Record<string, unknown>[])];
    for (const item of patch as Record<string, unknown>[]) {
      const index = result.findIndex((existing) => existing.name === item.name);
      if (index >= 0) result[index] = mergePatch(result[index], item) as Record<string, unknown>;
      else result.push(item);
    }
    return result;
  }
  return patch;
}

/** The pod spec's containers of a workload (Deployment, StatefulSet, Job, CronJob, Pod). */
export function podContainers(object: KubeObject): { image?: string; name: string }[] {
  const spec = object.spec as Record<string, any> | undefined;
  const pod = spec?.template?.spec ?? spec?.jobTemplate?.spec?.template?.spec ?? (object.kind === 'Pod' ? spec : undefined);
  return [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])];
}

function setImage(image: string, rule: NonNullable<Kustomization['images']>[number]): string {
  let name = rule.newName ?? rule.name;
  if (rule.digest) name = `${name}@${rule.digest}`;
  else if (rule.newTag) name = `${name}:${rule.newTag}`;
  else {
    const rest = image.slice(rule.name.length);
    name = `${name}${rest}`;
  }
  return name;
}

/**
 * Renders the kustomization in `folder` as `kubectl apply -k` would for the fields Lantern uses:
 * `resources` (files, or folders holding a kustomization), `namespace`, `labels` (metadata labels only),
 * `images` (name, newName, newTag, digest on pod containers) and `patches` given by `path` (strategic merge
 * by kind and name, see mergePatch). Any other field is an error, so a kustomization using more fails here
 * instead of being rendered wrongly.
 */
export function renderKustomization(folder: string): KubeObject[] {
  const file = ['kustomization.yaml', 'kustomization.yml'].map((name) => path.join(folder, name)).find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`${folder} has no kustomization.yaml`);
  const [document] = readYaml(file) as unknown as (Kustomization & { apiVersion?: string; kind?: string })[];
  const known = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'labels', 'images', 'patches']);
  const unknown = Object.keys(document).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new Error(`${file}: this loader does not render ${unknown.join(', ')}`);
  let objects = (document.resources ?? []).flatMap((resource) => {
    const target = path.resolve(folder, resource);
    return statSync(target).isDirectory() ? renderKustomization(target) : readYaml(target);
  });
  for (const { path: patchFile } of document.patches ?? []) {
    for (const patch of readYaml(path.resolve(folder, patchFile))) {
      const index = objects.findIndex((o) => o.kind === patch.kind && o.metadata.name === patch.metadata.name);
      if (index < 0) throw new Error(`${patchFile}: no ${patch.kind} ${patch.metadata.name} to patch`);
      objects[index] = mergePatch(objects[index], patch) as KubeObject;
    }
  }
  objects = objects.map((object) => {
    const copy = structuredClone(object);
    if (document.namespace) copy.metadata.namespace = document.namespace;
    for (const { pairs } of document.labels ?? []) copy.metadata.labels = { ...copy.metadata.labels, ...pairs };
    for (const container of podContainers(copy)) {
      const rule = document.images?.find((r) => container.image === r.name || container.image?.startsWith(`${r.name}:`) || container.image?.startsWith(`${r.name}@`));
      if (rule && container.image) container.image = setImage(container.image, rule);
    }
    return copy;
  });
  return objects;
}
