import axe from "axe-core";
import { expect } from "vitest";

/**
 * Runs axe-core over `root` (default: the whole body, so Radix portals are included) and fails
 * with a readable list of violations.
 *
 * Two rules are off, each for a reason that holds only in these component tests:
 * - `color-contrast`: jsdom does no layout or painting, so axe cannot see colours. Contrast is
 *   checked from the theme tokens in src/theme.test.ts and by the apps' axe run in Chromium.
 * - `region` ("all content inside landmarks"): a page-structure rule, and a lone component is not
 *   a page. The apps' end-to-end axe run checks it on real pages (jest-axe turns it off likewise).
 */
export async function expectNoAxeViolations(root: Element = document.body): Promise<void> {
  const results = await axe.run(root, {
    rules: { "color-contrast": { enabled: false }, region: { enabled: false } },
  });
  const problems = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? "unknown"}): ${violation.help} at ${violation.nodes
        .map((node) => node.target.join(" "))
        .join(", ")}`,
  );
  expect(problems).toEqual([]);
}
