import { expect } from "vitest";
import type { Page } from "playwright-core";
import { seriousAxeFindings, type AxeFinding } from "./axe.ts";
import { screenshot } from "./browser.ts";

/**
 * Collects what the journey saw: axe's serious/critical findings per page, and any page error or
 * console error, so one assertion at the end names everything that went wrong.
 */
export function watchPage(page: Page) {
  const findings: AxeFinding[] = [];
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    // Chromium logs every non-2xx fetch; a 401 from auth.me is how a signed-out visitor is told.
    if (message.type() === "error" && !/status of 401/.test(message.text()))
      pageErrors.push(message.text());
  });
  return {
    findings,
    pageErrors,
    /** Waits for the page to settle, runs axe, and saves a screenshot named `name`. */
    async check(name: string) {
      await page.waitForLoadState("networkidle");
      // A table mid-refresh is dimmed on purpose; audit and photograph the settled page.
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      // Mid-fade, a dialog's overlay leaves the page behind it half-dimmed: axe would measure
      // colours no one sees once the animation ends.
      await page.evaluate(() =>
        Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
      );
      findings.push(...(await seriousAxeFindings(page, name)));
      await screenshot(page, name);
    },
    expectClean() {
      expect(findings).toEqual([]);
      expect(pageErrors, pageErrors.join("\n")).toEqual([]);
    },
  };
}

/** The main heading of the page the router is showing. */
export async function expectHeading(page: Page, name: RegExp | string) {
  await page.getByRole("heading", { level: 1, name }).waitFor();
}

/** What has keyboard focus: its accessible-ish name, role and tag, for tab-order checks. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return { name: "", tag: "" };
    const labelled = element.getAttribute("aria-labelledby");
    const labelText = labelled
      ? labelled
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" ")
      : "";
    const input = element as HTMLInputElement;
    const name = [
      element.getAttribute("aria-label"),
      labelText,
      input.labels?.[0]?.textContent,
      element.textContent,
    ]
      .filter(Boolean)
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
    return { name, tag: element.tagName.toLowerCase() };
  });
}

/**
 * Presses Tab (at most `maxPresses` times) until the focused element's name matches: proof that a
 * keyboard user reaches it, in order, with nothing but the Tab key.
 */
export async function tabTo(
  page: Page,
  name: RegExp,
  maxPresses = 40,
): Promise<void> {
  const seen: string[] = [];
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (name.test(now.name)) return;
    seen.push(`${now.tag}:${now.name.slice(0, 40)}`);
  }
  throw new Error(
    `Tab never reached ${String(name)}; focus went through:\n${seen.join("\n")}`,
  );
}
