import { slottedReactConfig } from "@slotted/eslint-config";

export default [
  ...slottedReactConfig({ tsconfigRootDir: import.meta.dirname }),
  {
    // Build-time tools run in Node and are never bundled into the app.
    files: ["scripts/**/*.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
];
