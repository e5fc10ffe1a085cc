import { browserTestConfig } from "@slotted/vitest-config";

export default browserTestConfig({ coverage: { thresholds: { lines: 80 } } });
