// Plain JS so Vite's config loader can import it from node_modules without a TS step.
import { existsSync } from "node:fs";

const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * The system Chromium to drive, if there is one: `CHROMIUM_PATH` when set, else the first installed.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
export function chromiumPath(env = process.env) {
  const choices = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : candidates;
  return choices.find((candidate) => existsSync(candidate));
}
