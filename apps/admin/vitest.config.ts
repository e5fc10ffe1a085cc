import { browserTestConfig } from "@slotted/vitest-config";

// Component and flow tests: jsdom, msw answering the tRPC calls (see src/test/).
export default browserTestConfig({ setupFiles: ["./src/test/setup.ts"] });
