import type { BenchConfig } from "../config.ts";

export interface ScenarioContext {
  config: BenchConfig;
  /** The bench's own PostgreSQL database (seeded), when DATABASE_URL is set. */
  benchDatabaseUrl: string | undefined;
  progress: (line: string) => void;
}
