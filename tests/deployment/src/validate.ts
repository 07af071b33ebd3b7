import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import type { KubeObject } from './kustomize.js';

/** The Kubernetes kinds Lantern's manifests use, by `apiVersion kind`. */
const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'apps/v1 Deployment': Deployment,
  'autoscaling/v2 HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1 Ingress': Ingress,
  'networking.k8s.io/v1 NetworkPolicy': NetworkPolicy,
  'policy/v1 PodDisruptionBudget': PodDisruptionBudget,
  'v1 ConfigMap': ConfigMap,
  'v1 Secret': Secret,
  'v1 Service': Service,
};

const cnpgSchema = JSON.parse(readFileSync(new URL('../schemas/postgresql.cnpg.io_v1.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateCnpg = ajv.compile(cnpgSchema);

/**
 * The schema errors of one object (empty when valid): CloudNativePG kinds against the vendored schema in
 * `schemas/` with ajv, every other kind against the Kubernetes OpenAPI schema that `kubernetes-models`
 * ships (its models validate with ajv too). Throws for a kind neither knows, so a new kind cannot go unchecked.
 */
export function schemaErrors(object: KubeObject): string[] {
  if (object.apiVersion === 'postgresql.cnpg.io/v1') {
    return validateCnpg(object) ? [] : (validateCnpg.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  }
  const Model = MODELS[`${object.apiVersion} ${object.kind}`];
  if (!Model) throw new Error(`No schema for ${object.apiVersion} ${object.kind}: add its model to MODELS`);
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [String(error instanceof Error ? error.message : error)];
  }
}
