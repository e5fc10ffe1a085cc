import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Config } from "@slotted/config";

export interface BuildInfo {
  version: string;
  /** The deployed commit: GIT_COMMIT, else read from a .git directory above the app when there is one. */
  gitCommit: string | null;
  nodeVersion: string;
}

const sha = /^[0-9a-f]{40}$/;

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return undefined;
  }
}

function packageVersion(packageJson: string | undefined): string | undefined {
  const text = packageJson ? readText(packageJson) : undefined;
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as { version?: unknown };
    return typeof parsed.version === "string" ? parsed.version : undefined;
  } catch {
    return undefined;
  }
}

/** HEAD of the nearest .git directory at or above `start` (loose or packed ref, or a detached HEAD). */
function gitHead(start: string): string | null {
  let dir = start;
  for (;;) {
    const gitDir = path.join(dir, ".git");
    if (existsSync(gitDir) && statSync(gitDir).isDirectory()) {
      const head = readText(path.join(gitDir, "HEAD")) ?? "";
      if (sha.test(head)) return head;
      const ref = /^ref: (.+)$/.exec(head)?.[1];
      if (!ref) return null;
      const loose = readText(path.join(gitDir, ref));
      if (loose && sha.test(loose)) return loose;
      const packed = readText(path.join(gitDir, "packed-refs")) ?? "";
      const line = packed.split("\n").find((l) => l.endsWith(` ${ref}`));
      const commit = line?.split(" ")[0];
      return commit && sha.test(commit) ? commit : null;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * What is running: APP_VERSION or the app's package.json version, and GIT_COMMIT or the checkout's
 * HEAD. Read once at start; a container without .git simply reports no commit.
 */
export function resolveBuildInfo(config: Config, options: { packageJson?: string } = {}): BuildInfo {
  const start = options.packageJson ? path.dirname(options.packageJson) : process.cwd();
  return {
    version: config.observability.appVersion ?? packageVersion(options.packageJson) ?? "0.0.0",
    gitCommit: config.observability.gitCommit ?? gitHead(start),
    nodeVersion: process.version,
  };
}
