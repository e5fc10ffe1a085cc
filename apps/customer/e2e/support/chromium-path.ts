import { existsSync } from "node:fs";

const candidates = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

/** The system Chromium to drive: `CHROMIUM_PATH` when set, else the first one installed. */
export function chromiumPath(
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return candidates.find((candidate) => existsSync(candidate));
}
