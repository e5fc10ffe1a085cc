import path from "node:path";
import { configVariableNames, loadConfig } from "@slotted/config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { commentedEntries, findManifest, k8sRoot, renderKustomization, validateManifest } from "./kubernetes-manifests.ts";
import { envExampleNames, healthPaths, readRepoFile } from "./repo-files.ts";
import type { Manifest } from "./strategic-merge.ts";

interface Probe {
  httpGet?: { path: string; port: string | number };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  resources?: {
    requests?: Record<string, string>;
    limits?: Record<string, string>;
  };
  startupProbe?: Probe;
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  lifecycle?: {
    preStop?: { exec?: { command: string[] }; sleep?: { seconds: number } };
  };
  securityContext?: {
    readOnlyRootFilesystem?: boolean;
    allowPrivilegeEscalation?: boolean;
    runAsNonRoot?: boolean;
  };
}
interface PodSpec {
  containers: Container[];
  terminationGracePeriodSeconds?: number;
  restartPolicy?: string;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
}
interface Workload {
  kind: string;
  metadata: { name: string };
  spec: {
    replicas?: number;
    template: { metadata?: { labels?: Record<string, string> }; spec: PodSpec };
  };
}
interface Hpa {
  spec: {
    scaleTargetRef: { kind: string; name: string };
    minReplicas: number;
    maxReplicas: number;
    metrics: { type: string; resource?: { name: string } }[];
  };
}
interface ConfigMapData {
  data: Record<string, string>;
}
interface SecretData {
  stringData: Record<string, string>;
}

const overlays = ["small", "large"] as const;
const renderings: Record<string, Manifest[]> = {
  base: renderKustomization(path.join(k8sRoot, "base")),
  ...Object.fromEntries(overlays.map((overlay) => [overlay, renderKustomization(path.join(k8sRoot, "overlays", overlay))])),
};

const workloads = (manifests: Manifest[]) =>
  manifests.filter((m) => m.kind === "Deployment" || m.kind === "Job").map((m) => m as unknown as Workload);
const containersOf = (manifests: Manifest[]) => workloads(manifests).flatMap((w) => w.spec.template.spec.containers);
const apiOf = (manifests: Manifest[]) => findManifest(manifests, "Deployment", "slotted-api") as Workload;
const workerOf = (manifests: Manifest[]) => findManifest(manifests, "Deployment", "slotted-worker") as Workload;
const hpaOf = (manifests: Manifest[]) => findManifest(manifests, "HorizontalPodAutoscaler", "slotted-api") as Hpa;
const configOf = (manifests: Manifest[]) => (findManifest(manifests, "ConfigMap", "slotted-config") as ConfigMapData).data;
const secretsOf = (manifests: Manifest[]) => (findManifest(manifests, "Secret", "slotted-secrets") as SecretData).stringData;
const firstContainer = (workload: Workload): Container => {
  const container = workload.spec.template.spec.containers[0];
  if (!container) throw new Error(`${workload.metadata.name} has no container`);
  return container;
};

const configMapFile = path.join(k8sRoot, "base/configmap.yaml");
const secretFile = path.join(k8sRoot, "base/secret.yaml");
const optionalEntries = {
  ...commentedEntries(configMapFile),
  ...commentedEntries(secretFile),
};

/** CPU in millicores, memory in bytes. */
function quantity(value: string | undefined): number {
  const match = /^(\d+(?:\.\d+)?)(m|Mi|Gi)?$/.exec(value ?? "");
  if (!match) throw new Error(`unexpected quantity ${value}`);
  const amount = Number(match[1]);
  if (match[2] === "m") return amount;
  if (match[2] === "Mi") return amount * 2 ** 20;
  if (match[2] === "Gi") return amount * 2 ** 30;
  return amount * 1000;
}

describe.each(Object.keys(renderings))("the %s manifests", (variant) => {
  const manifests = renderings[variant] ?? [];

  it("are valid Kubernetes objects by their API version's schema", () => {
    expect(manifests.map((m) => `${m.kind}/${m.metadata.name}`).sort()).toEqual([
      "ConfigMap/slotted-config",
      "Deployment/slotted-api",
      "Deployment/slotted-worker",
      "HorizontalPodAutoscaler/slotted-api",
      "Job/slotted-migrate",
      "PodDisruptionBudget/slotted-api",
      "Secret/slotted-secrets",
      "Service/slotted-api",
    ]);
    for (const manifest of manifests) expect(() => validateManifest(manifest), `${manifest.kind}/${manifest.metadata.name}`).not.toThrow();
  });

  it("validate as a production configuration, and with each optional entry uncommented", () => {
    const variables = { ...configOf(manifests), ...secretsOf(manifests) };
    const config = loadConfig(variables);
    expect(config.isProduction).toBe(true);
    expect(config.database.url).toBeDefined();
    expect(config.redis.url).toBeDefined();
    expect(config.mail.transport).toBe("smtp");
    expect(config.jobs.workerMode).toBe("separate");
    expect(config.database.migrateOnStart).toBe(false);
    // One Redis or one cluster: the cluster entry replaces REDIS_URL.
    const replaces: Record<string, string> = {
      REDIS_CLUSTER_NODES: "REDIS_URL",
    };
    for (const [name, value] of Object.entries(optionalEntries)) {
      const withOptional: Record<string, string | undefined> = {
        ...variables,
        [name]: value,
      };
      const replaced = replaces[name];
      if (replaced) withOptional[replaced] = undefined;
      expect(() => loadConfig(withOptional), name).not.toThrow();
    }
  });

  it("set only variables the server reads, from the ConfigMap and Secret they reference", () => {
    const known = new Set(configVariableNames);
    const set = [
      ...Object.keys(configOf(manifests)),
      ...Object.keys(secretsOf(manifests)),
      ...Object.keys(optionalEntries),
      ...containersOf(manifests).flatMap((c) => (c.env ?? []).map((e) => e.name)),
    ];
    expect(set.filter((name) => !known.has(name))).toEqual([]);
    for (const container of containersOf(manifests)) {
      expect(container.envFrom).toEqual([{ configMapRef: { name: "slotted-config" } }, { secretRef: { name: "slotted-secrets" } }]);
    }
  });

  it("run every process as non-root on a read-only root filesystem, with resource requests and limits", () => {
    for (const workload of workloads(manifests)) {
      const pod = workload.spec.template.spec;
      expect(pod.securityContext?.runAsNonRoot, workload.metadata.name).toBe(true);
      expect(pod.securityContext?.runAsUser).not.toBe(0);
      for (const container of pod.containers) {
        expect(container.securityContext?.readOnlyRootFilesystem, container.name).toBe(true);
        expect(container.securityContext?.allowPrivilegeEscalation).toBe(false);
        for (const resource of ["cpu", "memory"]) {
          const request = quantity(container.resources?.requests?.[resource]);
          const limit = quantity(container.resources?.limits?.[resource]);
          expect(request, `${container.name} ${resource}`).toBeGreaterThan(0);
          expect(limit).toBeGreaterThanOrEqual(request);
        }
      }
    }
  });

  it("give every pod longer to stop than its shutdown can take", () => {
    const shutdownSeconds = Number(configOf(manifests).SHUTDOWN_TIMEOUT_MS) / 1000;
    for (const workload of workloads(manifests).filter((w) => w.kind === "Deployment")) {
      const pod = workload.spec.template.spec;
      const preStop = firstContainer(workload).lifecycle?.preStop;
      const preStopSeconds = preStop?.sleep?.seconds ?? (preStop?.exec?.command[0] === "sleep" ? Number(preStop.exec.command[1]) : 0);
      // Two phases bounded by SHUTDOWN_TIMEOUT_MS each: the API drains HTTP, then stops its job
      // queue; the worker finishes its jobs (one phase, counted twice to keep one rule).
      expect(pod.terminationGracePeriodSeconds, workload.metadata.name).toBeGreaterThan(preStopSeconds + 2 * shutdownSeconds);
    }
    expect(firstContainer(apiOf(manifests)).lifecycle?.preStop).toBeDefined();
  });

  it("run the API, the worker and the migration from the one image", () => {
    const commands = workloads(manifests).map((w) => [w.metadata.name, firstContainer(w).command?.join(" ")]);
    expect(Object.fromEntries(commands)).toEqual({
      "slotted-api": "node apps/api/dist/main.js",
      "slotted-worker": "node apps/api/dist/worker.js",
      "slotted-migrate": "node apps/api/dist/migrate.js",
    });
    const images = new Set(containersOf(manifests).map((c) => c.image));
    expect([...images]).toEqual(["slotted"]);
    const kustomization = parse(readRepoFile("deploy/k8s/base/kustomization.yaml")) as { images: { name: string }[] };
    expect(kustomization.images.map((i) => i.name)).toEqual(["slotted"]);
    const job = findManifest(manifests, "Job", "slotted-migrate") as Workload;
    expect(job.spec.template.spec.restartPolicy).toBe("Never");
  });

  it("point the Service, PodDisruptionBudget and autoscaler at the API pods", () => {
    const api = apiOf(manifests);
    const podLabels = api.spec.template.metadata?.labels ?? {};
    const service = findManifest(manifests, "Service", "slotted-api") as {
      spec: {
        selector: Record<string, string>;
        ports: { targetPort: string }[];
      };
    };
    const pdb = findManifest(manifests, "PodDisruptionBudget", "slotted-api") as {
      spec: { selector: { matchLabels: Record<string, string> } };
    };
    expect(podLabels).toMatchObject(service.spec.selector);
    expect(podLabels).toMatchObject(pdb.spec.selector.matchLabels);
    const portNames = (firstContainer(api).ports ?? []).map((p) => p.name);
    expect(portNames).toContain(service.spec.ports[0]?.targetPort);
    const hpa = hpaOf(manifests);
    expect(hpa.spec.scaleTargetRef).toMatchObject({
      kind: "Deployment",
      name: "slotted-api",
    });
    expect(hpa.spec.metrics.map((m) => m.resource?.name)).toEqual(["cpu"]);
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    // The HPA owns the API's replica count.
    expect(api.spec.replicas).toBeUndefined();
  });
});

describe("the ConfigMap and Secret", () => {
  const manifests = renderings.base ?? [];

  it("cover every variable in .env.example, set or as a commented optional entry", () => {
    const covered = new Set([...Object.keys(configOf(manifests)), ...Object.keys(secretsOf(manifests)), ...Object.keys(optionalEntries)]);
    const serverVariables = new Set(configVariableNames);
    const documented = envExampleNames();
    // Vite reads VITE_* while building the customer app: they are baked into the image.
    const buildTime = documented.filter((name) => !serverVariables.has(name));
    expect(buildTime.every((name) => name.startsWith("VITE_"))).toBe(true);
    expect(documented.length).toBeGreaterThan(60);
    expect(documented.filter((name) => !buildTime.includes(name) && !covered.has(name))).toEqual([]);
  });

  it("keep credentials in the Secret, each an obvious placeholder", () => {
    const secrets = secretsOf(manifests);
    expect(Object.keys(secrets).sort()).toEqual(["ADMIN_PASSWORD", "DATABASE_URL", "METRICS_TOKEN", "REDIS_URL", "SMTP_URL"]);
    for (const [name, value] of Object.entries(secrets)) expect(value, name).toContain("REPLACE_ME");
    expect(Object.keys(commentedEntries(secretFile))).toEqual(["DATABASE_READ_URL"]);
    const configNames = [...Object.keys(configOf(manifests)), ...Object.keys(commentedEntries(configMapFile))];
    expect(configNames.filter((name) => /PASSWORD|TOKEN|SECRET|_URL$/.test(name))).toEqual([]);
  });
});

describe("the overlays", () => {
  const base = renderings.base ?? [];
  const small = renderings.small ?? [];
  const large = renderings.large ?? [];
  const apiRequests = (m: Manifest[]) => firstContainer(apiOf(m)).resources?.requests ?? {};
  const sizes = (m: Manifest[]) => ({
    apiMin: hpaOf(m).spec.minReplicas,
    apiMax: hpaOf(m).spec.maxReplicas,
    workers: workerOf(m).spec.replicas ?? 1,
    poolMax: Number(configOf(m).DATABASE_POOL_MAX),
    concurrency: Number(configOf(m).WORKER_CONCURRENCY),
    apiCpu: quantity(apiRequests(m).cpu),
    apiMemory: quantity(apiRequests(m).memory),
    workerCpu: quantity(firstContainer(workerOf(m)).resources?.requests?.cpu),
  });

  it("size large above small in replicas, autoscaling bounds, pool, concurrency and resources", () => {
    const smallSizes = sizes(small);
    const largeSizes = sizes(large);
    for (const key of Object.keys(smallSizes) as (keyof typeof smallSizes)[]) {
      expect(largeSizes[key], key).toBeGreaterThan(smallSizes[key]);
    }
  });

  it("each change the base where they patch it", () => {
    for (const overlay of [small, large]) {
      expect(sizes(overlay)).not.toEqual(sizes(base));
      expect(sizes(overlay).apiMax).not.toBe(sizes(base).apiMax);
      expect(sizes(overlay).poolMax).not.toBe(sizes(base).poolMax);
    }
  });

  it("keep small inside PostgreSQL's default 100 connections at full scale", () => {
    const { apiMax, workers, poolMax } = sizes(small);
    // Each process: its pool, plus pg-boss's own pool of 3 (packages/jobs).
    expect((apiMax + workers) * (poolMax + 3)).toBeLessThanOrEqual(100);
  });
});

describe("the API's probes", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("are paths the server answers with 200, liveness never the dependency check", async () => {
    for (const manifests of Object.values(renderings)) {
      const api = firstContainer(apiOf(manifests));
      const probes = {
        startup: api.startupProbe,
        liveness: api.livenessProbe,
        readiness: api.readinessProbe,
      };
      const portNames = (api.ports ?? []).map((p) => p.name);
      for (const [kind, probe] of Object.entries(probes)) {
        expect(probe?.httpGet, kind).toBeDefined();
        expect(portNames).toContain(probe?.httpGet?.port);
        const res = await fetch(`${server.url}${probe?.httpGet?.path}`);
        expect(res.status, `${kind} ${probe?.httpGet?.path}`).toBe(200);
      }
      expect(probes.liveness?.httpGet?.path).toBe(healthPaths.live);
      expect(probes.readiness?.httpGet?.path).toBe(healthPaths.ready);
    }
  });
});
