import { browserTestConfig } from "@slotted/vitest-config";

export default browserTestConfig();
