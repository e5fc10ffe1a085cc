import { buildConfig } from "@slotted/config";
import { createTestDatabase, type TestDatabase } from "@slotted/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { venueNow } from "../bookings/venue-clock.ts";
import { seedDatabase } from "./run-seed.ts";
import { seededRandom } from "./seed-random.ts";

// Against a real database (PGlite, or PostgreSQL when DATABASE_URL is set): the invariants are
// checked by SQL over what was stored, not by the planner's own bookkeeping.
const business = buildConfig({ BOOKING_SLOT_CAPACITY: "8" }).business;
let testDatabase: TestDatabase;
const lines: string[] = [];

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  const args = { bookings: 1_500, customers: 40, staff: 2, help: false };
  const run = (seed: number) => seedDatabase({ args, business, prisma: testDatabase.database.prisma, write: (text) => lines.push(text), random: seededRandom(seed) });
  await run(1);
  await run(2); // a second run plans around the first one's bookings
});
afterAll(() => testDatabase.dispose());

const query = <T>(sql: TemplateStringsArray, ...values: unknown[]) => testDatabase.database.prisma.$queryRaw<T[]>(sql, ...values);

describe("seedDatabase", () => {
  it("stores the bookings and accounts it reports, with progress lines", async () => {
    expect(await testDatabase.database.prisma.booking.count()).toBe(3_000);
    expect(await testDatabase.database.prisma.user.count({ where: { role: "STAFF" } })).toBe(2);
    expect(lines.some((line) => /^bookings: 1500\/1500 inserted/.test(line))).toBe(true);
    expect(lines[0]).toBe("accounts: 42 created, 0 already there (40 customers, 2 staff)\n");
    // The second run's staff emails exist already and are reused, not duplicated.
    expect(lines.filter((line) => line.startsWith("accounts:"))[1]).toMatch(/created, [2-9]\d* already there/);
  });

  it("never puts more active covers than BOOKING_SLOT_CAPACITY at any slot", async () => {
    const [row] = await query<{ peak: number }>`
      SELECT COALESCE(MAX("covers"), 0)::int AS "peak" FROM (
        SELECT b."date", s."minute", SUM(b."party_size") AS "covers"
        FROM "bookings" b
        JOIN generate_series(${business.openingMinute}::int, ${business.closingMinute}::int, ${business.slotMinutes}::int) AS s("minute")
          ON b."start_minute" <= s."minute" AND b."start_minute" + b."duration_minutes" > s."minute"
        WHERE b."status" IN ('PENDING', 'CONFIRMED', 'SEATED')
        GROUP BY b."date", s."minute") AS "per_slot"`;
    expect(row?.peak).toBeLessThanOrEqual(8);
    expect(row?.peak).toBe(8);
  });

  it("keeps every row inside the venue rules and statuses consistent with the clock", async () => {
    const today = venueNow(business.timezone).date;
    const [row] = await query<Record<string, number>>`
      SELECT
        count(*) FILTER (WHERE "start_minute" < ${business.openingMinute}::int
          OR ("start_minute" - ${business.openingMinute}::int) % ${business.slotMinutes}::int <> 0
          OR "start_minute" + "duration_minutes" > ${business.closingMinute}::int
          OR "duration_minutes" NOT BETWEEN 30 AND 480 OR "party_size" NOT BETWEEN 1 AND 50)::int AS "outsideRules",
        count(*) FILTER (WHERE "date" < ${today}::date AND "status" IN ('PENDING', 'CONFIRMED'))::int AS "pastButOpen",
        count(*) FILTER (WHERE "date" > ${today}::date AND "status" IN ('SEATED', 'COMPLETED', 'NO_SHOW'))::int AS "futureButDone",
        count(*) FILTER (WHERE "date" > ${today}::date + ${business.maxDaysAhead}::int)::int AS "beyondHorizon",
        count(*) FILTER (WHERE "created_at" > now())::int AS "createdInFuture",
        count(DISTINCT "status")::int AS "statuses"
      FROM "bookings"`;
    expect(row).toEqual({ outsideRules: 0, pastButOpen: 0, futureButDone: 0, beyondHorizon: 0, createdInFuture: 0, statuses: 6 });
  });

  it("gives every booking its customer's contact details", async () => {
    const [row] = await query<{ mismatched: number }>`
      SELECT count(*)::int AS "mismatched" FROM "bookings" b JOIN "users" u ON u."id" = b."customer_id"
      WHERE b."contact_email" <> u."email" OR b."contact_name" <> u."name" OR u."role" <> 'CUSTOMER'`;
    expect(row?.mismatched).toBe(0);
  });
});
