// 100 signed-in customers on one server for 10 s of mixed traffic (real PostgreSQL and Redis
// when their URLs are set, embedded otherwise). The assertions are about correctness under
// load — no 5xx, no timeouts, the pool drains, capacity holds, counts agree — never throughput,
// because CI runs other packages' tests on the same two cores.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customers } from "../bookings/booking-helpers.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { bookingCounts, overbookedMoments } from "./booking-invariant.ts";
import { loadServerEnv, requestTimeoutMs, slotCapacity } from "./load-env.ts";
import { describeRun, summarise, surprises } from "./load-report.ts";
import { contendedSlots, loadClients, runMixedTraffic, warmUp, type Outcome, type TrafficPlan } from "./mixed-traffic.ts";
import { expectPoolDrained } from "./pool-gauge.ts";

describe("100 customers for 10 s on one server", () => {
  let server: TestServer;
  let customerIds: string[];
  let outcomes: Outcome[];
  let warmUpOutcomes: Outcome[];

  beforeAll(async () => {
    server = await startTestServer({ env: loadServerEnv });
    const [warmUpAccount, ...accounts] = await customers(server, 101);
    customerIds = accounts.map((account) => account.user.id);
    const plan: TrafficPlan = {
      clients: loadClients(accounts),
      servers: [server.url],
      durationMs: 10_000,
      rampUpMs: 1_000,
      maxThinkMs: 200,
      ...contendedSlots(server),
      abortAfterMs: requestTimeoutMs + 5_000,
    };
    const [warmUpClient] = loadClients(warmUpAccount ? [warmUpAccount] : []);
    if (!warmUpClient) throw new Error("no warm-up account");
    warmUpOutcomes = await warmUp(plan, warmUpClient);
    outcomes = await runMixedTraffic(plan);
  }, 60_000);
  afterAll(() => server.close());

  it("answers every request in time, without a 5xx or an unexpected status", () => {
    const summary = summarise(outcomes);
    expect(surprises([...warmUpOutcomes, ...outcomes]), describeRun(summary)).toEqual({ count: 0, sample: [] });
    expect(summary.byStatus[504] ?? 0).toBe(0);
    // Measured client-side, so time spent queued before the server's own timer started counts too.
    expect(summary.maxMs, describeRun(summary)).toBeLessThan(requestTimeoutMs);
    // Every kind of request got through: the load was really mixed.
    for (const action of ["list", "availability", "create", "cancel", "login"] as const) {
      expect(outcomes.filter((o) => o.action === action && o.status < 300).length, `${action}: ${describeRun(summary)}`).toBeGreaterThan(0);
    }
  }, 60_000);

  it("keeps 429s a minority under production rate limits", () => {
    const summary = summarise(outcomes);
    expect(summary.rateLimited * 2, describeRun(summary)).toBeLessThan(summary.requests);
  }, 60_000);

  it("drains the database pool afterwards", async () => {
    await expectPoolDrained(server.url);
  }, 60_000);

  it("never overbooks a moment, and the database agrees with what clients saw", async () => {
    const prisma = server.services.db.prisma;
    expect(await overbookedMoments(prisma, slotCapacity)).toEqual([]);
    const summary = summarise(outcomes);
    expect(await bookingCounts(prisma, customerIds)).toEqual({ created: summary.created, cancelled: summary.cancelled });
    // Some creates met a full slot, so the capacity check really was contended.
    expect(summary.byStatus[409] ?? 0, describeRun(summary)).toBeGreaterThan(0);
  }, 60_000);
});
