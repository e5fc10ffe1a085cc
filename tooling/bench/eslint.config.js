import { slottedConfig } from "@slotted/eslint-config";

export default [{ ignores: ["*.js"] }, ...slottedConfig({ tsconfigRootDir: import.meta.dirname })];
