import { existsSync } from "node:fs";

const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The system Chromium to drive, if there is one: `CHROMIUM_PATH` when set, else the first installed. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const choices = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : candidates;
  return choices.find((candidate) => existsSync(candidate));
}
