import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

export interface AxeFinding {
  page: string;
  id: string;
  impact: string;
  targets: string[];
}

/**
 * Runs axe (WCAG 2.x A/AA rules) on the page as it is now and returns the serious and critical
 * findings; the journey asserts the list is empty, so each page's violations are named together.
 */
export async function seriousAxeFindings(
  page: Page,
  label: string,
): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    // A script-less sandboxed frame (the console's mail preview) can never answer axe's
    // frame handshake, which would hang the audit; the frame element itself is still checked.
    .exclude("iframe[sandbox]")
    .analyze();
  return results.violations
    .filter(
      (violation) =>
        violation.impact === "serious" || violation.impact === "critical",
    )
    .map((violation) => ({
      page: label,
      id: violation.id,
      impact: violation.impact ?? "unknown",
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}
