import { serverTestConfig } from "@slotted/vitest-config";

// The API's own tests; vitest.config.ts runs them together with the server packages' suites.
export default serverTestConfig({ name: "api" });
