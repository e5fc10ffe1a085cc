import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createTestDatabase, type TestDatabase } from "@slotted/db/testing";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const apiRoot = path.join(repoRoot, "apps/api");

/** The web apps the server serves, by the environment variable that points it at each build. */
const webApps = {
  customer: { dir: path.join(repoRoot, "apps/customer/dist"), variable: "CUSTOMER_APP_DIR" },
  admin: { dir: path.join(repoRoot, "apps/admin/dist"), variable: "ADMIN_APP_DIR" },
} as const;
export type WebApp = keyof typeof webApps;

export interface E2eServer {
  url: string;
  mode: "postgres" | "embedded";
  output(): string;
  stop(): Promise<void>;
}

/**
 * The real server (`apps/api/src/main.ts`) in its own process, serving every built web app (the
 * one under test must be built), on a database of its own: a fresh PostgreSQL database when DATABASE_URL is set (CI), else a
 * new embedded PGlite directory. Redis, when REDIS_URL is set, gets a key prefix of its own.
 */
export async function startE2eServer(
  app: WebApp,
  extraEnv: Record<string, string> = {},
): Promise<E2eServer> {
  if (!existsSync(path.join(webApps[app].dir, "index.html"))) {
    throw new Error(
      `apps/${app}/dist is missing: run \`pnpm build\` first (turbo runs it before the tests)`,
    );
  }
  const appDirs = Object.fromEntries(
    Object.values(webApps)
      .filter(({ dir }) => existsSync(path.join(dir, "index.html")))
      .map(({ dir, variable }) => [variable, dir]),
  );
  const run = `${Date.now().toString(36)}${process.pid}`;
  let database: TestDatabase | undefined;
  let dataDir: string | undefined;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
    ...appDirs,
    ...extraEnv,
  };
  if (process.env.DATABASE_URL) {
    database = await createTestDatabase(process.env);
    await database.database.close();
    env.DATABASE_URL = database.url ?? "";
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), "slotted-e2e-"));
    env.PGLITE_DATA_DIR = dataDir;
  }
  if (process.env.REDIS_URL) {
    env.REDIS_URL = process.env.REDIS_URL;
    env.REDIS_KEY_PREFIX = `slotted-e2e-${run}:`;
  }

  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: apiRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, "exit");
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null)
      child.kill("SIGTERM");
    await exited;
    await database?.dispose();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  for (
    let waited = 0;
    waited < 120_000 && child.exitCode === null;
    waited += 100
  ) {
    const url = /"url":"(http:\/\/[^"]+)"/.exec(output)?.[1];
    if (url)
      return {
        url,
        mode: database ? "postgres" : "embedded",
        output: () => output,
        stop,
      };
    await sleep(100);
  }
  await stop();
  throw new Error(`the API did not start:\n${output}`);
}
