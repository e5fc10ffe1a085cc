import { readFileSync } from "node:fs";
import path from "node:path";
import { Deployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { Job } from "kubernetes-models/batch/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { ConfigMap, Secret, Service } from "kubernetes-models/v1";
import { parseAllDocuments, parse } from "yaml";
import { repoRoot } from "./repo-files.ts";
import { applyPatches, type Manifest } from "./strategic-merge.ts";

export const k8sRoot = path.join(repoRoot, "deploy/k8s");

interface Kustomization {
  resources?: string[];
  patches?: { path: string }[];
}

function readManifests(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(file, "utf8"))
    .map((document) => document.toJS() as Manifest | null)
    .filter((manifest): manifest is Manifest => manifest !== null);
}

/**
 * The objects `kustomize build <dir>` would print, for the subset this repository uses: resource
 * files and bases, then strategic-merge patches by kind and name. (Image rewriting is left out:
 * it changes no structure.)
 */
export function renderKustomization(dir: string): Manifest[] {
  const kustomization = parse(readFileSync(path.join(dir, "kustomization.yaml"), "utf8")) as Kustomization;
  const resources = (kustomization.resources ?? []).flatMap((entry) => {
    const target = path.join(dir, entry);
    return entry.endsWith(".yaml") ? readManifests(target) : renderKustomization(target);
  });
  const patches = (kustomization.patches ?? []).flatMap((patch) => readManifests(path.join(dir, patch.path)));
  return applyPatches(resources, patches);
}

/** Each kind these manifests use, checked against the Kubernetes JSON schema of its API version. */
const validators: Record<string, (manifest: Manifest) => void> = {
  "v1/ConfigMap": (m) => new ConfigMap(m).validate(),
  "v1/Secret": (m) => new Secret(m).validate(),
  "v1/Service": (m) => new Service(m).validate(),
  "apps/v1/Deployment": (m) => new Deployment(m).validate(),
  "batch/v1/Job": (m) => new Job(m).validate(),
  "policy/v1/PodDisruptionBudget": (m) => new PodDisruptionBudget(m).validate(),
  "autoscaling/v2/HorizontalPodAutoscaler": (m) => new HorizontalPodAutoscaler(m).validate(),
};

/** Throws the schema's complaint, or that no schema is known for the object's kind. */
export function validateManifest(manifest: Manifest): void {
  const validate = validators[`${manifest.apiVersion}/${manifest.kind}`];
  if (!validate) throw new Error(`no schema for ${manifest.apiVersion} ${manifest.kind}`);
  validate(manifest);
}

/** The object of that kind and name, for the caller to read as the shape it expects. */
export function findManifest(manifests: Manifest[], kind: string, name: string): unknown {
  const manifest = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!manifest) throw new Error(`no ${kind} ${name}`);
  return manifest;
}

/** `# NAME: "value"` lines: optional variables shown in a ConfigMap or Secret but left unset. */
export function commentedEntries(file: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const match = /^\s+#\s([A-Z][A-Z0-9_]*):\s+(".*")\s*$/.exec(line);
    if (match?.[1] && match[2]) entries[match[1]] = parse(match[2]) as string;
  }
  return entries;
}
