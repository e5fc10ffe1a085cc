import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
} from "playwright-core";
import { chromiumPath } from "../chromium-path.js";

// Without these, Debian's Chromium keeps trying to reach update and sync services that this
// network refuses (see shared/FRONTEND.md).
const quietFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

/** Screenshots land in the app under test's own `test-artifacts/` (vitest runs in the app folder). */
export const artifactsDir = path.resolve(process.cwd(), "test-artifacts");

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error("Chromium is not installed (apt-get install -y chromium)");
  return chromium.launch({ executablePath, headless: true, args: quietFlags });
}

export const viewports = {
  desktop: { width: 1280, height: 860 },
  phone: { width: 360, height: 740 },
} as const;

export async function newPage(
  browser: Browser,
  baseURL: string,
  viewport: keyof typeof viewports = "desktop",
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: viewports[viewport],
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  return { context, page };
}

/** A full-page PNG under the app's test-artifacts/, for people to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
  return file;
}
