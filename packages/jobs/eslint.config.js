import { slottedConfig } from "@slotted/eslint-config";

export default slottedConfig({ tsconfigRootDir: import.meta.dirname });
