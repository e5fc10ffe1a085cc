// Plain JS so Vite's config loader can import it from node_modules without a TS step.
import { defineConfig } from "vitest/config";

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
