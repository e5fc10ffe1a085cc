import type { AppServices } from "../../services.ts";

// Per services instance (tests run several servers in one process), set once by the HTTP server
// when shutdown begins and never cleared: a draining instance never becomes ready again.
const drainingServices = new WeakSet<AppServices>();

/** Marks the instance as shutting down: readiness answers 503 from now on. */
export function markDraining(services: AppServices): void {
  drainingServices.add(services);
}

export function isDraining(services: AppServices): boolean {
  return drainingServices.has(services);
}
