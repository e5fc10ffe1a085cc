import path from "node:path";

/** Everything a run can be tuned with: environment knobs and the one command-line flag. */
export interface BenchConfig {
  repoRoot: string;
  resultsDir: string;
  rounds: number;
  seconds: number;
  connections: number;
  scale: number;
  cpuProf: boolean;
  /** Scenario names to run (`BENCH_ONLY`, comma-separated, case-insensitive prefixes); empty means all. */
  only: string[];
  /** PostgreSQL server the bench creates its own database on; unset means embedded mode. */
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
}

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(
      `${name} must be a whole number of at least 1 (got ${raw})`,
    );
  return value;
}

export function loadBenchConfig(argv: readonly string[]): BenchConfig {
  const unknown = argv.filter((arg) => arg !== "--cpu-prof" && arg !== "--");
  if (unknown.length > 0)
    throw new Error(
      `unknown argument ${unknown.join(" ")} (only --cpu-prof is accepted)`,
    );
  const repoRoot = path.resolve(import.meta.dirname, "../../..");
  return {
    repoRoot,
    resultsDir: path.join(repoRoot, "tooling/bench/results"),
    rounds: positiveInt("BENCH_ROUNDS", 5),
    seconds: positiveInt("BENCH_SECONDS", 5),
    connections: positiveInt("BENCH_CONNECTIONS", 50),
    scale: positiveInt("BENCH_SCALE", 100_000),
    cpuProf: argv.includes("--cpu-prof"),
    only: (process.env.BENCH_ONLY ?? "")
      .split(",")
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== ""),
    databaseUrl: process.env.DATABASE_URL || undefined,
    redisUrl: process.env.REDIS_URL || undefined,
  };
}
