import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The API's suite and the suites of the server packages it drives end to end (core, db, jobs) run
 * as one vitest run, so their line coverage is measured over both: db's backup code is covered by
 * db's tests, its request paths by the API's. The other packages gate their own coverage.
 */
const drivenPackages = ["core", "db", "jobs"];

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    projects: ["apps/api/vitest.suite.config.ts", ...drivenPackages.map((name) => `packages/${name}/vitest.config.ts`)],
    coverage: {
      enabled: true,
      provider: "v8",
      reporter: ["text-summary"],
      // A failing test must not hide the numbers.
      reportOnFailure: true,
      include: ["apps/api/src/**/*.ts", ...drivenPackages.map((name) => `packages/${name}/src/**/*.{ts,tsx}`)],
      exclude: [
        "**/*.test.{ts,tsx}",
        "**/generated/**",
        "**/testing/**",
        "**/*.fixture.ts",
        "**/test-support.ts",
        // Entry points: they run only as child processes (process, worker-crash and migrate tests),
        // where coverage cannot see them.
        "apps/api/src/main.ts",
        "apps/api/src/worker.ts",
        "apps/api/src/migrate.ts",
        "apps/api/src/load-startup-config.ts",
        "packages/db/src/backup/cli.ts",
        "packages/core/src/seed/seed-cli.ts",
        // pg_dump and pg_restore need a PostgreSQL server: the PostgreSQL run measures this file,
        // the embedded run (no DATABASE_URL) cannot run it at all.
        ...(process.env.DATABASE_URL ? [] : ["packages/db/src/backup/postgres-backup.ts"]),
      ],
      thresholds: Object.fromEntries(["apps/api", ...drivenPackages.map((name) => `packages/${name}`)].map((dir) => [`${dir}/src/**`, { lines: 80 }])),
    },
  },
});
