// Plain JS so Vite's config loader can import it from node_modules without a TS step.
import { defineConfig } from "vitest/config";
import { chromiumPath } from "./chromium-path.js";

/**
 * End-to-end preset: Debian's Chromium (never a downloaded browser) against the real server.
 * Outside CI a machine without Chromium runs none of the tests and says how to get it; in CI a
 * missing browser is a failure, not a silent gap.
 * @returns {import("vitest/config").ViteUserConfig}
 */
export function e2eTestConfig() {
  const browser = chromiumPath();
  if (!browser) {
    const hint = "End-to-end tests need Chromium: `sudo apt-get install -y chromium` (or set CHROMIUM_PATH).";
    if (process.env.CI) throw new Error(`${hint} CI must run them.`);
    process.stderr.write(`\n${hint} Skipping the end-to-end tests on this machine.\n\n`);
  }
  return defineConfig({
    test: {
      environment: "node",
      include: browser ? ["e2e/**/*.e2e.ts"] : [],
      passWithNoTests: !browser,
      pool: "forks",
      // One browser and one server at a time: the machine has two cores.
      fileParallelism: false,
      testTimeout: 120_000,
      hookTimeout: 180_000,
    },
  });
}
