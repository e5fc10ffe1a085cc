// Plain JS so Vite's config loader can import it from node_modules without a TS step.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const jsdomGaps = fileURLToPath(new URL("./jsdom-gaps.js", import.meta.url));

/**
 * Server-side test preset: real databases and servers, so generous timeouts and forked
 * workers (PGlite and the native argon2 binding are happiest in their own process).
 * @param {import("vitest/config").ViteUserConfig["test"]} [overrides]
 * @returns {import("vitest/config").ViteUserConfig}
 */
export function serverTestConfig(overrides = {}) {
  return defineConfig({
    test: {
      environment: "node",
      pool: "forks",
      testTimeout: 60_000,
      hookTimeout: 120_000,
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      benchmark: { include: ["bench/**/*.bench.ts"] },
      ...overrides,
    },
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
      environment: "jsdom",
      pool: "threads",
      testTimeout: 20_000,
      include: ["src/**/*.test.{ts,tsx}"],
      restoreMocks: true,
      ...overrides,
      setupFiles: [jsdomGaps, ...[overrides.setupFiles ?? []].flat()],
    },
  });
}
