import { serverTestConfig } from "@slotted/vitest-config";

// Reports its own suite's coverage; the 80% gate for this package is in apps/api's run, whose
// suite drives it end to end through the real server.
export default serverTestConfig();
