// Shared flat config. Typed rules catch the mistakes that matter in a tRPC codebase:
// floating promises, `any` leaking through, unsafe member access on untyped values.
import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** @param {{ tsconfigRootDir: string }} options */
export function slottedConfig({ tsconfigRootDir }) {
  return tseslint.config(
    { ignores: ["dist/**", "coverage/**", "**/generated/**", "node_modules/**", "eslint.config.js"] },
    js.configs.recommended,
    ...tseslint.configs.strictTypeChecked,
    {
      languageOptions: {
        globals: { ...globals.node },
        parserOptions: { projectService: true, tsconfigRootDir },
      },
      rules: {
        "no-console": "error",
        "@typescript-eslint/no-explicit-any": "error",
        "@typescript-eslint/ban-ts-comment": ["error", { "ts-expect-error": "allow-with-description" }],
        "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
        "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
        "@typescript-eslint/no-confusing-void-expression": "off",
      },
    },
    {
      files: ["**/*.test.ts", "**/test/**/*.ts", "**/*.bench.ts"],
      rules: {
        "@typescript-eslint/no-non-null-assertion": "off",
        // vitest's asymmetric matchers (expect.any, expect.objectContaining) are typed `any`.
        "@typescript-eslint/no-unsafe-assignment": "off",
        "no-console": "off",
      },
    },
  );
}

/**
 * Browser code (packages/client, packages/ui, apps/*): the shared rules plus browser globals and
 * the rules of hooks. Server code stays out of reach: only the router *type* may be imported.
 * @param {{ tsconfigRootDir: string }} options
 */
export function slottedReactConfig({ tsconfigRootDir }) {
  return tseslint.config(
    ...slottedConfig({ tsconfigRootDir }),
    reactHooks.configs.flat["recommended-latest"],
    {
      files: ["**/*.{ts,tsx}"],
      languageOptions: { globals: { ...globals.browser } },
      rules: {
        "@typescript-eslint/no-restricted-imports": [
          "error",
          {
            paths: [{ name: "@slotted/core", message: "Browser code imports only the AppRouter type.", allowTypeImports: true }],
            patterns: [
              {
                group: ["@slotted/db", "@slotted/auth", "@slotted/config", "@slotted/logger", "@slotted/api", "@prisma/*", "node:*"],
                message: "Server packages never reach the browser bundle.",
              },
            ],
          },
        ],
      },
    },
    {
      files: ["**/*.test.{ts,tsx}", "**/test/**/*.{ts,tsx}", "e2e/**/*.ts", "*.config.ts"],
      rules: {
        "@typescript-eslint/no-non-null-assertion": "off",
        "@typescript-eslint/no-unsafe-assignment": "off",
        "@typescript-eslint/no-restricted-imports": "off",
        "no-console": "off",
      },
    },
  );
}
