import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { activeCoversInDatabase, bookingBody, createBooking, customers, venueDate } from "./booking-helpers.ts";

const capacity = 10;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { BOOKING_SLOT_CAPACITY: String(capacity) } });
});
afterAll(() => server.close());

/** Runs `work` and returns its result with the SQL of every statement the database ran meanwhile. */
async function withStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const stop = server.services.db.onQuery(({ sql }) => statements.push(sql));
  try {
    return { result: await work(), statements };
  } finally {
    stop();
  }
}

const takesALock = (statements: string[]) => statements.some((sql) => sql.includes("pg_advisory_xact_lock"));

/** Books `partySize` covers at the slot for a fresh customer and insists it was created. */
async function fill(date: string, time: string, partySize: number): Promise<void> {
  const [holder] = await customers(server, 1);
  expect((await createBooking(server, holder!, bookingBody(server, { date, time, partySize }))).status).toBe(201);
}

describe("creating on a slot that is already full", () => {
  it("refuses without opening a transaction or taking a lock, with the same 409 and remaining as before", async () => {
    const date = venueDate(server, 20);
    await fill(date, "19:00", capacity);
    const [late] = await customers(server, 1);
    const { result: full, statements } = await withStatements(() => createBooking(server, late!, bookingBody(server, { date, time: "19:00", partySize: 1 })));
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ code: "CONFLICT", message: "That time is fully booked; choose another time", remaining: 0 });
    expect(takesALock(statements)).toBe(false);
  });

  it("names the places left when some remain, counting overlapping bookings, in the authoritative check's words", async () => {
    const date = venueDate(server, 21);
    await fill(date, "19:00", 6);
    await fill(date, "20:00", 3);
    const [late] = await customers(server, 1);
    // 20:00 overlaps both: one place left, singular.
    const one = await createBooking(server, late!, bookingBody(server, { date, time: "20:00", partySize: 2 }));
    expect(one.body).toMatchObject({ code: "CONFLICT", message: "Only 1 place is left at that time, not enough for 2", remaining: 1 });
    // 18:00-20:00 overlaps only the 19:00 party.
    const four = await createBooking(server, late!, bookingBody(server, { date, time: "18:00", partySize: 5 }));
    expect(four.body).toMatchObject({ code: "CONFLICT", message: "Only 4 places are left at that time, not enough for 5", remaining: 4 });
    expect((await createBooking(server, late!, bookingBody(server, { date, time: "18:00", partySize: 4 }))).status).toBe(201);
  });
});

describe("idempotent retries once the slot has filled up", () => {
  let customer: TestAccount;
  beforeAll(async () => {
    customer = await createAccount(server);
  });

  it("replays the original booking (200, Idempotent-Replayed) instead of refusing the slot its own booking helped fill", async () => {
    const date = venueDate(server, 22);
    const body = bookingBody(server, { date, time: "19:00", partySize: 4 });
    const first = await createBooking(server, customer, body, { "idempotency-key": "full-slot-retry" });
    expect(first.status).toBe(201);
    await fill(date, "19:00", capacity - 4);
    const retry = await createBooking(server, customer, body, { "idempotency-key": "full-slot-retry" });
    expect(retry.status).toBe(200);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.body).toEqual(first.body);
    expect(await activeCoversInDatabase(server, date, 19 * 60)).toBe(capacity);
  });

  it("still refuses a used key with a different payload as a key conflict, not as a full slot", async () => {
    const date = venueDate(server, 23);
    const body = bookingBody(server, { date, time: "19:00", partySize: 2 });
    expect((await createBooking(server, customer, body, { "idempotency-key": "full-slot-changed" })).status).toBe(201);
    await fill(date, "19:00", capacity - 2);
    const changed = await createBooking(server, customer, { ...body, partySize: 3 }, { "idempotency-key": "full-slot-changed" });
    expect(changed.status).toBe(409);
    expect(changed.body.message).toMatch(/Idempotency-Key was already used for a different booking request/);
  });

  it("refuses a new key early, and an expired key inside the lock, with the full-slot 409", async () => {
    const date = venueDate(server, 24);
    const body = bookingBody(server, { date, time: "19:00", partySize: 1 });
    await fill(date, "19:00", capacity);
    const fresh = await withStatements(() => createBooking(server, customer, body, { "idempotency-key": "full-slot-new" }));
    expect(fresh.result.body).toMatchObject({ code: "CONFLICT", message: "That time is fully booked; choose another time", remaining: 0 });
    expect(takesALock(fresh.statements)).toBe(false);

    const expired = await createBooking(server, customer, bookingBody(server, { date: venueDate(server, 25), time: "19:00" }), { "idempotency-key": "full-slot-old" });
    expect(expired.status).toBe(201);
    await server.services.db.prisma.idempotencyKey.update({
      where: { userId_key: { userId: customer.user.id, key: "full-slot-old" } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const reused = await createBooking(server, customer, body, { "idempotency-key": "full-slot-old" });
    expect(reused.body).toMatchObject({ code: "CONFLICT", message: "That time is fully booked; choose another time", remaining: 0 });
  });
});

describe("concurrent creates of mixed party sizes", () => {
  it("never exceed capacity, and every refusal (early or under the lock) reports what was left", async () => {
    const date = venueDate(server, 26);
    const people = await customers(server, 24);
    const sizes = people.map((_, i) => (i % 3) + 1);
    const results = await Promise.all(
      people.map((person, i) =>
        createBooking(server, person, bookingBody(server, { date, time: "19:00", partySize: sizes[i] }), i % 2 === 0 ? { "idempotency-key": `burst-${i}` } : {}),
      ),
    );
    expect(results.filter((r) => r.status !== 201 && r.status !== 409).map((r) => r.status)).toEqual([]);
    const booked = results.reduce((sum, r, i) => sum + (r.status === 201 ? sizes[i]! : 0), 0);
    expect(booked).toBeLessThanOrEqual(capacity);
    expect(await activeCoversInDatabase(server, date, 19 * 60)).toBe(booked);
    results.forEach((r, i) => {
      if (r.status !== 409) return;
      const remaining = r.body.remaining as number;
      // Covers only grew during the burst, so a refusal saw at least what is left now.
      expect(remaining).toBeGreaterThanOrEqual(capacity - booked);
      expect(remaining).toBeLessThan(sizes[i]!);
      expect(r.body.message).toBe(
        remaining === 0
          ? "That time is fully booked; choose another time"
          : `Only ${remaining} ${remaining === 1 ? "place is" : "places are"} left at that time, not enough for ${sizes[i]}`,
      );
    });
  });
});
