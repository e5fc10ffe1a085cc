import { e2eTestConfig } from "@slotted/e2e/vitest-config";

export default e2eTestConfig();
