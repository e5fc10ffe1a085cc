import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { configVariableNames, loadConfig } from "@slotted/config";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { healthPaths, readRepoFile } from "./repo-files.ts";

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; disable?: boolean };
  restart?: string;
}

// `merge: true` resolves the `<<: *anchor` keys as Docker Compose does.
const compose = parse(readRepoFile("docker-compose.yml"), { merge: true }) as {
  services: Record<string, Service>;
};
const services = compose.services;
const service = (name: string): Service => {
  const found = services[name];
  if (!found) throw new Error(`no service ${name}`);
  return found;
};
const slottedServices = ["migrate", "api", "worker"];
const longRunning = Object.keys(services).filter((name) => name !== "migrate");

/** The value Compose would use with nothing exported: `${VAR:-default}` becomes `default`. */
function withDefaults(environment: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(environment).map(([name, value]) => [name, value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, "$1")]));
}

describe("docker-compose.yml", () => {
  it("has postgres, redis, a one-shot migrate, the api and the worker", () => {
    expect(Object.keys(services).sort()).toEqual(["api", "migrate", "postgres", "redis", "worker"]);
    expect(service("migrate").command).toEqual(["node", "apps/api/dist/migrate.js"]);
    expect(service("migrate").restart).toBe("no");
    expect(service("worker").command).toEqual(["node", "apps/api/dist/worker.js"]);
    // The api runs the image's CMD (dist/main.js).
    expect(service("api").command).toBeUndefined();
  });

  it("gives every long-running service a health check, the api's on the readiness path", () => {
    for (const name of longRunning) {
      const healthcheck = service(name).healthcheck;
      expect(healthcheck?.disable, name).not.toBe(true);
      expect(healthcheck?.test?.length, name).toBeGreaterThan(1);
    }
    expect(service("api").healthcheck?.test?.join(" ")).toContain(healthPaths.ready);
  });

  it("starts the api and worker after migrate succeeded and postgres and redis are healthy", () => {
    expect(service("migrate").depends_on).toEqual({
      postgres: { condition: "service_healthy" },
    });
    for (const name of ["api", "worker"]) {
      expect(service(name).depends_on, name).toEqual({
        postgres: { condition: "service_healthy" },
        redis: { condition: "service_healthy" },
        migrate: { condition: "service_completed_successfully" },
      });
    }
  });

  it("runs the api, worker and migrate from one image", () => {
    const images = new Set(slottedServices.map((name) => JSON.stringify([service(name).image, service(name).build])));
    expect(images.size).toBe(1);
    expect(service("api").image).toBeDefined();
  });

  it("sets only variables the server reads, a valid production configuration for api and worker", () => {
    const known = new Set(configVariableNames);
    for (const name of slottedServices) {
      const environment = service(name).environment ?? {};
      expect(
        Object.keys(environment).filter((variable) => !known.has(variable)),
        name,
      ).toEqual([]);
      const config = loadConfig(withDefaults(environment));
      expect(config.isProduction).toBe(true);
      expect(config.jobs.workerMode).toBe("separate");
      expect(config.database.migrateOnStart).toBe(false);
      // With nothing exported, mail stays off.
      expect(config.mail.transport).toBe("disabled");
    }
  });

  const workerHealthcheck = (databaseUrl: string): Promise<number> => {
    const test = service("worker").healthcheck?.test ?? [];
    expect(test.slice(0, 3)).toEqual(["CMD", "node", "-e"]);
    return promisify(execFile)(process.execPath, ["-e", test[3] ?? ""], {
      env: { DATABASE_URL: databaseUrl },
      timeout: 5_000,
    }).then(
      () => 0,
      (error: unknown) => (error as { code?: number }).code ?? -1,
    );
  };

  it("fails the worker's health check when its database is unreachable", async () => {
    expect(await workerHealthcheck("postgresql://slotted@127.0.0.1:1/slotted")).toBe(1);
  });

  // Needs a PostgreSQL server to reach.
  it.runIf(process.env.DATABASE_URL)("passes the worker's health check when its database answers", async () => {
    expect(await workerHealthcheck(process.env.DATABASE_URL ?? "")).toBe(0);
  });
});
