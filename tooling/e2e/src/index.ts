// The end-to-end kit both web apps share: the real server, Debian's Chromium, axe and screenshots.
export { startE2eServer, type E2eServer, type WebApp } from "./api-server.ts";
export { seriousAxeFindings, type AxeFinding } from "./axe.ts";
export { artifactsDir, launchBrowser, newPage, screenshot, viewports } from "./browser.ts";
export { e2eSuite, type E2eSuite } from "./e2e-suite.ts";
export { expectHeading, tabTo, watchPage } from "./page-checks.ts";
export type { Browser, BrowserContext, Page } from "playwright-core";
