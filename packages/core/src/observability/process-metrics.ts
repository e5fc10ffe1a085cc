import { collectDefaultMetrics, Registry } from "prom-client";

let shared: Registry | undefined;

/**
 * prom-client's default process metrics (CPU, memory, handles, GC, event-loop lag) in a registry
 * of their own. They describe the process, not one app instance, and each collection starts
 * timers and observers that cannot be stopped, so they are created once per process and merged
 * into every instance's registry.
 */
export function processMetricsRegistry(): Registry {
  if (!shared) {
    shared = new Registry();
    collectDefaultMetrics({ register: shared });
  }
  return shared;
}
