import { browserTestConfig } from "@slotted/vitest-config";

export default browserTestConfig({ setupFiles: ["./src/test/setup.ts"], coverage: { thresholds: { lines: 80 } } });
