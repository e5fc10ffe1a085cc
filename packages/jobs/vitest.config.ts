import { serverTestConfig } from "@slotted/vitest-config";

export default serverTestConfig();
