import { serverTestConfig } from "@slotted/vitest-config";

// Run by `pnpm test` as part of apps/api's run (see its vitest.config.ts), which measures this
// package's coverage over both suites; `pnpm exec vitest run` here runs it alone.
export default serverTestConfig();
