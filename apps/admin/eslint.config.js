import { slottedReactConfig } from "@slotted/eslint-config";

export default slottedReactConfig({ tsconfigRootDir: import.meta.dirname });
