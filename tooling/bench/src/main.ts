// `pnpm bench`: Slotted side by side with minimal reference servers, one scenario at a time.
// Prints a table and writes the detail to tooling/bench/results/<timestamp>.json. A benchmark,
// not a test: it only fails (exit 1) when a scenario breaks or answers wrongly, never on speed.
import os from "node:os";
import { performance } from "node:perf_hooks";
import { cleanupAll, onCleanup } from "./cleanup.ts";
import { loadBenchConfig } from "./config.ts";
import { createBenchDatabase, seed } from "./database.ts";
import { benchKeyPrefix, deleteKeys } from "./redis-keys.ts";
import {
  renderTable,
  write,
  writeJson,
  type ScenarioResult,
} from "./report.ts";
import { coldStart } from "./scenarios/cold-start.ts";
import { concurrentCreates } from "./scenarios/concurrent-creates.ts";
import type { ScenarioContext } from "./scenarios/context.ts";
import { customerList } from "./scenarios/customer-list.ts";
import { healthLive } from "./scenarios/health-live.ts";
import { jobQueue } from "./scenarios/job-queue.ts";
import { staffList } from "./scenarios/staff-list.ts";
import { round1 } from "./stats.ts";

const scenarios: [string, (ctx: ScenarioContext) => Promise<ScenarioResult>][] =
  [
    ["health.live", healthLive],
    ["cold start", coldStart],
    ["200 concurrent creates", concurrentCreates],
    ["customer bookings.list", customerList],
    ["staff bookings list", staffList],
    ["job queue", jobQueue],
  ];

const message = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

async function run(): Promise<number> {
  const config = loadBenchConfig(process.argv.slice(2));
  const startedAt = new Date();
  const machine = {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: round1(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
  const mode = config.databaseUrl
    ? `PostgreSQL${config.redisUrl ? " + Redis" : ""}`
    : "embedded (PGlite + in-process store)";
  write(
    `Slotted bench, ${startedAt.toISOString()}: ${mode}; ${machine.cpus} CPUs, node ${machine.node}\n`,
  );
  write(
    `${config.connections} connections, ${config.rounds} rounds × ${config.seconds} s${config.cpuProf ? `, CPU profiles in ${config.resultsDir}` : ""}\n`,
  );

  const { redisUrl } = config;
  if (redisUrl)
    onCleanup(`Redis keys ${benchKeyPrefix}*`, () =>
      deleteKeys(redisUrl, benchKeyPrefix).then(() => undefined),
    );
  let benchDatabaseUrl: string | undefined;
  const setup: Record<string, unknown> = {};
  if (config.databaseUrl) {
    const db = await createBenchDatabase(config.databaseUrl);
    benchDatabaseUrl = db.url;
    write(
      `database ${db.name}: seeding ${config.scale} bookings (pnpm db:seed -- --scale ${config.scale})...\n`,
    );
    const seeded = performance.now();
    await seed(config.repoRoot, db.url, config.scale);
    setup.database = db.name;
    setup.seedSeconds = round1((performance.now() - seeded) / 1000);
    write(`  seeded in ${String(setup.seedSeconds)} s\n`);
  }

  const ctx: ScenarioContext = {
    config,
    benchDatabaseUrl,
    progress: (line) => write(`${line}\n`),
  };
  const results: ScenarioResult[] = [];
  const chosen = scenarios.filter(
    ([name]) =>
      config.only.length === 0 ||
      config.only.some((prefix) => name.toLowerCase().startsWith(prefix)),
  );
  if (chosen.length === 0)
    throw new Error(
      `BENCH_ONLY matches no scenario; the names are: ${scenarios.map(([name]) => name).join(", ")}`,
    );
  for (const [name, scenario] of chosen) {
    write(`\n${name}\n`);
    const started = performance.now();
    let result: ScenarioResult;
    try {
      result = await scenario(ctx);
    } catch (error) {
      result = {
        name,
        status: "failed",
        note: message(error).split("\n")[0] ?? "",
        rows: [],
        detail: { error: message(error) },
      };
    }
    const seconds = round1((performance.now() - started) / 1000);
    if (result.status !== "ok")
      write(`  ${result.status}: ${result.note ?? ""}\n`);
    write(`  (${seconds} s)\n`);
    results.push({
      ...result,
      detail: {
        seconds,
        ...(typeof result.detail === "object"
          ? result.detail
          : { value: result.detail }),
      },
    });
  }

  write(`\n${renderTable(results)}`);
  const file = writeJson(config.resultsDir, startedAt, {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    mode,
    machine,
    config: {
      rounds: config.rounds,
      seconds: config.seconds,
      connections: config.connections,
      scale: config.scale,
      cpuProf: config.cpuProf,
    },
    setup,
    scenarios: results,
  });
  write(`\nresults: ${file}\n`);
  return results.some(
    (r) => r.status === "failed" || r.note?.startsWith("FAIL"),
  )
    ? 1
    : 0;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    write(`\n${signal}: cleaning up\n`);
    void cleanupAll().finally(() => process.exit(130));
  });
}

try {
  process.exitCode = await run();
} catch (error) {
  process.stderr.write(`bench failed: ${message(error)}\n`);
  process.exitCode = 1;
} finally {
  await cleanupAll();
}
