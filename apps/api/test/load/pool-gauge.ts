// The database pool gauge as a scraper sees it, for "the pool drains after the load" checks.
import { expect } from "vitest";
import { scrape } from "../observability/prometheus.ts";

export const metricsToken = "load-suite-metrics-token-5f1c2a9e";

/** Names the pool gauge is exported under (with or without the product prefix). */
const gaugeNames = new Set(["db_pool_connections", "slotted_db_pool_connections"]);

/** `db_pool_connections{state="waiting"}` from the server's /metrics; throws if the gauge is missing. */
export async function poolWaiting(baseUrl: string): Promise<number> {
  const samples = await scrape(baseUrl, { authorization: `Bearer ${metricsToken}` });
  const waiting = samples.filter((s) => gaugeNames.has(s.name) && s.labels.state === "waiting");
  if (waiting.length !== 1) throw new Error(`expected one pool "waiting" sample, found ${waiting.length}`);
  return waiting[0]?.value ?? Number.NaN;
}

/** Waits (bounded) until no query is queued for a connection. */
export async function expectPoolDrained(baseUrl: string): Promise<void> {
  await expect.poll(() => poolWaiting(baseUrl), { timeout: 5_000, interval: 100 }).toBe(0);
}
