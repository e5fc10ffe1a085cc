import { slottedConfig } from "@slotted/eslint-config";

export default [
  // The plain-JS config helpers (typed by their .d.ts) are loaded by Vite's config loader.
  { ignores: ["*.js", "*.d.ts"] },
  ...slottedConfig({ tsconfigRootDir: import.meta.dirname }),
];
