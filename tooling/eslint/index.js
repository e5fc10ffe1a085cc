// Shared flat config. Typed rules catch the mistakes that matter in a tRPC codebase:
// floating promises, `any` leaking through, unsafe member access on untyped values.
import js from "@eslint/js";
import globals from "globals";
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
