import { fileURLToPath } from "node:url";
import { serverTestConfig } from "@slotted/vitest-config";

/** The server packages this suite drives end to end; their 80% line gate is checked here. */
const serverPackages = ["auth", "config", "core", "db", "jobs", "logger", "mail", "validators"];

const config = serverTestConfig({
  // Tests are found here; the root is the repository's, so coverage can measure the packages'
  // source (files outside the root would be left out when no test loads them).
  dir: fileURLToPath(new URL(".", import.meta.url)),
  coverage: {
    include: ["apps/api/src/**/*.ts", ...serverPackages.map((name) => `packages/${name}/src/**/*.{ts,tsx}`)],
    exclude: [
      "**/*.test.{ts,tsx}",
      "**/generated/**",
      "**/testing/**",
      "**/*.fixture.ts",
      "**/test-support.ts",
      // Entry points: they run only as child processes (process, worker-crash and migrate tests),
      // where this run's coverage cannot see them.
      "apps/api/src/main.ts",
      "apps/api/src/worker.ts",
      "apps/api/src/migrate.ts",
      "apps/api/src/load-startup-config.ts",
      // Command-line tools, run by their package's own tests.
      "packages/db/src/backup/cli.ts",
      "packages/core/src/seed/seed-cli.ts",
    ],
    thresholds: Object.fromEntries(
      ["apps/api", ...serverPackages.map((name) => `packages/${name}`)].map((dir) => [`${dir}/src/**`, { lines: 80 }]),
    ),
  },
});

export default { ...config, root: fileURLToPath(new URL("../..", import.meta.url)) };
