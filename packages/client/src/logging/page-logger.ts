import { currentMountedClient } from "../provider/mounted-clients.ts";
import { createClientLogger, type ClientLogger, type LogEntry } from "./client-logger.ts";

// Used only before any ApiProvider is mounted (or after the last unmounts): never prints.
const fallback = createClientLogger();

const active = (): ClientLogger => currentMountedClient()?.logger ?? fallback;

/**
 * The page's logger, for code outside the API client (error boundaries, pages): it writes to the
 * mounted ApiProvider's client logger, whose `dev` option decides whether the console sees it.
 */
export const clientLogger: Omit<ClientLogger, "recentLogEntries"> = {
  debug: (event, fields) => active().debug(event, fields),
  info: (event, fields) => active().info(event, fields),
  warn: (event, fields) => active().warn(event, fields),
  error: (event, fields) => active().error(event, fields),
};

/** Recent entries of the page's logger, oldest first. */
export function recentLogEntries(): readonly LogEntry[] {
  return active().recentLogEntries();
}
