// The real Slotted server started by path, as production starts it: the built bundle
// (apps/api/dist/main.js, which turbo builds before `bench`).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BenchConfig } from "./config.ts";
import { onCleanup } from "./cleanup.ts";
import { benchKeyPrefix } from "./redis-keys.ts";
import { startServer, type ServerProcess } from "./server-process.ts";

export interface SlottedOptions {
  /** Extra environment (capacity, rate limits, admin account...). */
  env?: Record<string, string>;
  /** PostgreSQL database URL; unset runs embedded PGlite in a fresh temp dir. */
  databaseUrl?: string | undefined;
  redisUrl?: string | undefined;
  /** Take a CPU profile (only when the run asked for one). */
  profile?: boolean;
}

export async function startSlotted(
  config: BenchConfig,
  options: SlottedOptions = {},
): Promise<ServerProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "slotted-bench-"));
  // Registered before the server, so cleanup stops the server first, then removes its data.
  const removeDataDir = onCleanup(`temp dir ${dataDir}`, () =>
    rmSync(dataDir, { recursive: true, force: true }),
  );
  const profile = options.profile === true && config.cpuProf;
  try {
    const server = await startServer({
      label: "Slotted",
      cwd: path.join(config.repoRoot, "apps/api"),
      args: [
        ...(profile ? ["--cpu-prof", "--cpu-prof-dir", config.resultsDir] : []),
        "--enable-source-maps",
        "dist/main.js",
      ],
      env: {
        NODE_ENV: "production",
        // No SMTP server in a bench: mail would only add jobs to time, not what is measured here.
        MAIL_DISABLED: "true",
        // Production's level: one access-log line per request is part of the real cost.
        LOG_LEVEL: "info",
        PGLITE_DATA_DIR: path.join(dataDir, "pglite"),
        ...(options.databaseUrl
          ? { DATABASE_URL: options.databaseUrl }
          : { ALLOW_EMBEDDED: "true" }),
        ...(options.redisUrl
          ? { REDIS_URL: options.redisUrl, REDIS_KEY_PREFIX: benchKeyPrefix }
          : {}),
        ...(!options.databaseUrl || !options.redisUrl
          ? { ALLOW_EMBEDDED: "true" }
          : {}),
        ...options.env,
      },
      readyPath: "/api/v1/health/ready",
    });
    return {
      ...server,
      stop: async () => {
        await server.stop();
        await removeDataDir();
      },
    };
  } catch (error) {
    await removeDataDir();
    throw error;
  }
}
