// Two API processes on one PostgreSQL database and one Redis, clients alternating between them:
// rate limits and booking capacity must hold across processes, as behind a load balancer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeCoversInDatabase, bookingBody, customers, venueDate } from "../bookings/booking-helpers.ts";
import { startApiProcess, type RunningApi } from "../helpers/api-process.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { burst, call, clientAddress, from, tally } from "../rate-limit/traffic.ts";
import { bookingCounts, overbookedMoments } from "./booking-invariant.ts";
import { loadServerEnv, requestTimeoutMs, slotCapacity } from "./load-env.ts";
import { describeRun, summarise, surprises } from "./load-report.ts";
import { contendedSlots, loadClients, runMixedTraffic, warmUp, type Outcome, type TrafficPlan } from "./mixed-traffic.ts";
import { expectPoolDrained } from "./pool-gauge.ts";

// Real PostgreSQL and Redis only: an embedded PGlite database and the in-process rate-limit
// store each belong to one process, so a second process could not share them.
describe.runIf(Boolean(process.env.DATABASE_URL && process.env.REDIS_URL))("two API processes sharing PostgreSQL and Redis", () => {
  let first: TestServer;
  let second: RunningApi;
  let servers: string[];

  beforeAll(async () => {
    first = await startTestServer({ env: loadServerEnv });
    const keyPrefix = first.services.redis?.options.keyPrefix;
    const databaseUrl = first.testDatabase.url;
    if (!keyPrefix || !databaseUrl || !process.env.REDIS_URL) throw new Error("the first server has no Redis key prefix or database URL");
    second = await startApiProcess({
      ...loadServerEnv,
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env.REDIS_URL,
      REDIS_KEY_PREFIX: keyPrefix,
      LOG_LEVEL: "info", // the "listening" line carries its URL
    });
    servers = [first.url, second.url];
  }, 120_000);
  afterAll(async () => {
    await second.stop();
    await first.close();
  });

  describe("50 customers for 5 s of mixed traffic", () => {
    let customerIds: string[];
    let outcomes: Outcome[];
    let warmUpOutcomes: Outcome[];

    beforeAll(async () => {
      const [warmUpAccount, ...accounts] = await customers(first, 51);
      customerIds = accounts.map((account) => account.user.id);
      const plan: TrafficPlan = {
        clients: loadClients(accounts),
        servers,
        durationMs: 5_000,
        rampUpMs: 500,
        maxThinkMs: 200,
        ...contendedSlots(first),
        abortAfterMs: requestTimeoutMs + 5_000,
      };
      const [warmUpClient] = loadClients(warmUpAccount ? [warmUpAccount] : []);
      if (!warmUpClient) throw new Error("no warm-up account");
      warmUpOutcomes = await warmUp(plan, warmUpClient);
      outcomes = await runMixedTraffic(plan);
    }, 60_000);

    it("answers every request through either process in time, without a 5xx", () => {
      const summary = summarise(outcomes);
      expect(surprises([...warmUpOutcomes, ...outcomes]), describeRun(summary)).toEqual({ count: 0, sample: [] });
      expect(summary.maxMs, describeRun(summary)).toBeLessThan(requestTimeoutMs);
      expect(summary.rateLimited * 2, describeRun(summary)).toBeLessThan(summary.requests);
      // Both processes did real work.
      for (const server of [0, 1]) expect(outcomes.filter((o) => o.server === server && o.status < 300).length).toBeGreaterThan(0);
    }, 60_000);

    it("drains both processes' database pools", async () => {
      await expectPoolDrained(first.url);
      await expectPoolDrained(second.url);
    }, 60_000);

    it("never overbooks a moment, and the database agrees with what clients saw", async () => {
      const prisma = first.services.db.prisma;
      expect(await overbookedMoments(prisma, slotCapacity)).toEqual([]);
      const summary = summarise(outcomes);
      expect(await bookingCounts(prisma, customerIds)).toEqual({ created: summary.created, cancelled: summary.cancelled });
    }, 60_000);
  });

  it("fills a contended slot to exactly its capacity from both processes at once", async () => {
    const date = venueDate(first, 30);
    const people = await customers(first, slotCapacity + 16);
    const body = bookingBody(first, { date, time: "12:00", partySize: 1 });
    const replies = await Promise.all(people.map((person, i) => call(`${servers[i % 2] ?? ""}/api/v1/bookings`, { headers: person.headers, body })));
    expect(tally(replies)).toEqual({ 201: slotCapacity, 409: 16 });
    expect(await activeCoversInDatabase(first, date, 12 * 60)).toBe(slotCapacity);
  }, 60_000);

  it("passes exactly the login limit for one address whose calls alternate between processes", async () => {
    const address = from(clientAddress());
    // Unknown accounts, one per call, so only the per-address counter (10 a minute) binds.
    const replies = await burst(30, (i) =>
      call(`${servers[i % 2] ?? ""}/api/v1/auth/login`, { headers: address, body: { email: `nobody-${i}-${Date.now()}@example.test`, password: "not-the-password-1" } }),
    );
    // Per-process counting would pass 10 on each (20 in all).
    expect(tally(replies)).toEqual({ 401: 10, 429: 20 });
  }, 60_000);
});
