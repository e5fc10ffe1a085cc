import { readFileSync } from "node:fs";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../../../..");

export function readRepoFile(relativePath: string): string {
  return readFileSync(path.join(repoRoot, relativePath), "utf8");
}

/** Variable names in .env.example: set (`NAME=`) or shown commented out (`# NAME=`). */
export function envExampleNames(): string[] {
  const names = new Set<string>();
  for (const line of readRepoFile(".env.example").split("\n")) {
    const name = /^#?\s*([A-Z][A-Z0-9_]*)=/.exec(line)?.[1];
    if (name) names.add(name);
  }
  return [...names];
}

/** What the bundle serves health on; probes and health checks must use these. */
export const healthPaths = {
  live: "/api/v1/health/live",
  ready: "/api/v1/health/ready",
} as const;
