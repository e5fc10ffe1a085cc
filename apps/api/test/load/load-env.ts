// The server settings every load test runs with, so one process or two behave alike.
import { patientRedis } from "../rate-limit/traffic.ts";
import { metricsToken } from "./pool-gauge.ts";

/**
 * The production default, set explicitly. On two shared cores the tail under this load is long
 * for known reasons: password checks run one at a time (cores − 1 hashing slots), so a login
 * storm waits queue depth × hash time, and embedded PGlite runs on the test's own event loop.
 * Measured maxima reach ~11 s when CI neighbours load the machine; 30 s keeps "no request
 * reached the timeout" a check for stalls, not for a neighbour's CPU use.
 */
export const requestTimeoutMs = 30_000;

export const slotCapacity = 40;

// Rate limits stay at their production defaults (600/min default, 30/min booking writes, 10/min
// logins per address and per account): a customer at this pace stays under them, so a 429 is
// the limiter correctly stopping a fast client and counts as a right answer. They must stay a
// minority, or the run would measure the limiter instead of the booking paths.
export const loadServerEnv: Record<string, string> = {
  ...patientRedis,
  RATE_LIMIT_ENABLED: "true",
  TRUST_PROXY: "true",
  REQUEST_TIMEOUT_MS: String(requestTimeoutMs),
  BOOKING_SLOT_CAPACITY: String(slotCapacity),
  METRICS_TOKEN: metricsToken,
  LOG_LEVEL: "warn",
};
