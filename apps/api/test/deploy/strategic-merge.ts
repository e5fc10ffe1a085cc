// A test-only stand-in for kustomize's strategic merge (kustomize is not on npm): objects match by
// kind and name; maps merge key by key; the lists Kubernetes merges by name (containers, env,
// ports, volumes) merge item by item; any other list is replaced, as kustomize does.

export type Manifest = Record<string, unknown> & {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
};

const listsMergedByName = new Set(["containers", "initContainers", "env", "ports", "volumes", "volumeMounts"]);

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function mergeByName(base: unknown[], patch: unknown[]): unknown[] {
  const merged = [...base];
  for (const item of patch) {
    const name = isMap(item) ? item.name : undefined;
    const index = merged.findIndex((existing) => isMap(existing) && existing.name === name);
    if (index === -1) merged.push(item);
    else merged[index] = mergeValue(merged[index], item);
  }
  return merged;
}

function mergeValue(base: unknown, patch: unknown, key?: string): unknown {
  if (isMap(base) && isMap(patch)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [field, value] of Object.entries(patch)) merged[field] = mergeValue(base[field], value, field);
    return merged;
  }
  if (Array.isArray(base) && Array.isArray(patch) && key !== undefined && listsMergedByName.has(key)) return mergeByName(base, patch);
  return patch;
}

export function objectKey(manifest: Manifest): string {
  return `${manifest.kind}/${manifest.metadata.name}`;
}

/** The base with each patch applied to the object of the same kind and name; a patch with no target is an error. */
export function applyPatches(base: Manifest[], patches: Manifest[]): Manifest[] {
  const rendered = base.map((manifest) => structuredClone(manifest));
  for (const patch of patches) {
    const index = rendered.findIndex((manifest) => objectKey(manifest) === objectKey(patch));
    const target = rendered[index];
    if (!target) throw new Error(`patch ${objectKey(patch)} matches no object in the base`);
    rendered[index] = mergeValue(target, patch) as Manifest;
  }
  return rendered;
}
