import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startE2eServer, type E2eServer, type WebApp } from "./api-server.ts";
import { launchBrowser } from "./browser.ts";

export interface E2eSuite {
  readonly server: E2eServer;
  readonly browser: Browser;
}

/**
 * One real server and one Chromium for the test file that calls it: started before its tests,
 * stopped after. `app` is the web app under test; `env` adds server settings (e.g. a small rate limit).
 */
export function e2eSuite(app: WebApp, env: Record<string, string> = {}): E2eSuite {
  let server: E2eServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startE2eServer(app, env);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error("the e2e server starts in beforeAll");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("the browser starts in beforeAll");
      return browser;
    },
  };
}
