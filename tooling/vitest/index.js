// Plain JS so Vite's config loader can import it from node_modules without a TS step.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const jsdomGaps = fileURLToPath(new URL("./jsdom-gaps.js", import.meta.url));

/**
 * Line coverage, reported by every test run (`pnpm test`). A package's own config turns it into a
 * gate with `coverage: { thresholds: { lines: 80 } }`; apps/api also measures the server packages
 * its suite drives end to end (see its vitest.config.ts).
 */
const coverageDefaults = {
  enabled: true,
  provider: "v8",
  reporter: ["text-summary"],
  include: ["src/**/*.{ts,tsx}"],
  exclude: [
    "**/*.test.{ts,tsx}",
    "**/*.d.ts",
    "**/generated/**",
    "**/testing/**",
    "**/testing.tsx",
    "src/test/**",
    "**/*.fixture.ts",
    "**/test-support.ts",
  ],
};

/** The preset's test options with the package's overrides, coverage merged rather than replaced. */
function withCoverage(base, overrides) {
  const { coverage, ...rest } = overrides;
  return { ...base, ...rest, coverage: { ...coverageDefaults, ...coverage } };
}

/**
 * Server-side test preset: real databases and servers, so generous timeouts and forked
 * workers (PGlite and the native argon2 binding are happiest in their own process).
 * @param {import("vitest/config").ViteUserConfig["test"]} [overrides]
 * @returns {import("vitest/config").ViteUserConfig}
 */
export function serverTestConfig(overrides = {}) {
  return defineConfig({
    test: withCoverage(
      {
        environment: "node",
        pool: "forks",
        testTimeout: 60_000,
        hookTimeout: 120_000,
        include: ["src/**/*.test.ts", "test/**/*.test.ts"],
        benchmark: { include: ["bench/**/*.bench.ts"] },
      },
      overrides,
    ),
  });
}

/**
 * Browser-side test preset (packages/client, packages/ui, the apps' component tests): jsdom, with
 * msw standing in for the API at the HTTP boundary. `jsdom-gaps.js` runs first; the package's own
 * `setupFiles` (Testing Library's cleanup, jest-dom) follow.
 * @param {import("vitest/config").ViteUserConfig["test"]} [overrides]
 * @returns {import("vitest/config").ViteUserConfig}
 */
export function browserTestConfig(overrides = {}) {
  return defineConfig({
    test: {
      ...withCoverage(
        {
          environment: "jsdom",
          pool: "threads",
          testTimeout: 20_000,
          include: ["src/**/*.test.{ts,tsx}"],
          restoreMocks: true,
        },
        overrides,
      ),
      setupFiles: [jsdomGaps, ...[overrides.setupFiles ?? []].flat()],
    },
  });
}
