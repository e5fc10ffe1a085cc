import { serverTestConfig } from "@slotted/vitest-config";

export default serverTestConfig({ coverage: { thresholds: { lines: 80 } } });
