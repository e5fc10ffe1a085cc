import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { bookingBody, createBooking, trpcMutation, venueDate } from "./booking-helpers.ts";

let server: TestServer;
let customer: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  customer = await createAccount(server);
});
afterAll(() => server.close());

const bookingsOf = (account: TestAccount) => server.services.db.prisma.booking.count({ where: { customerId: account.user.id } });

describe("idempotent creates", () => {
  it("returns the original booking when a request is retried with the same Idempotency-Key", async () => {
    const before = await bookingsOf(customer);
    const body = bookingBody(server, { date: venueDate(server, 3), time: "12:00" });
    const first = await createBooking(server, customer, body, { "idempotency-key": "retry-1" });
    const retry = await createBooking(server, customer, body, { "idempotency-key": "retry-1" });
    // The first request creates (201); the retry creates nothing and replays it (200).
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await bookingsOf(customer)).toBe(before + 1);
  });

  it("refuses the same key with a different payload (409)", async () => {
    const body = bookingBody(server, { date: venueDate(server, 3), time: "13:00" });
    expect((await createBooking(server, customer, body, { "idempotency-key": "retry-2" })).status).toBe(201);
    const changed = await createBooking(server, customer, { ...body, partySize: 3 }, { "idempotency-key": "retry-2" });
    expect(changed.status).toBe(409);
    expect(changed.body.message).toMatch(/Idempotency-Key was already used for a different booking request/);
  });

  it("treats equivalent payloads as the same request (defaults and key order do not matter)", async () => {
    const body = { time: "14:00", date: venueDate(server, 3), partySize: 2, contactPhone: "07911 123456" };
    const first = await createBooking(server, customer, body, { "idempotency-key": "retry-3" });
    const reordered = await createBooking(server, customer, { contactPhone: "07911 123456", partySize: 2, durationMinutes: 120, date: body.date, time: "14:00" }, { "idempotency-key": "retry-3" });
    expect(first.status).toBe(201);
    expect(reordered.status).toBe(200);
    expect(reordered.headers.get("idempotent-replayed")).toBe("true");
    expect(reordered.body.id).toBe(first.body.id);
  });

  it("creates exactly one booking when the same key is sent concurrently", async () => {
    const before = await bookingsOf(customer);
    const body = bookingBody(server, { date: venueDate(server, 4), time: "19:30" });
    const results = await Promise.all(Array.from({ length: 8 }, () => createBooking(server, customer, body, { "idempotency-key": "burst-1" })));
    // One of them creates (201, no replay header); the other seven replay it (200).
    expect(results.map((r) => r.status).sort()).toEqual([...Array<number>(7).fill(200), 201]);
    for (const r of results) expect(r.headers.get("idempotent-replayed")).toBe(r.status === 200 ? "true" : null);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await bookingsOf(customer)).toBe(before + 1);
  });

  it("scopes keys to the caller: another customer's identical key is a separate request", async () => {
    const other = await createAccount(server);
    const body = bookingBody(server, { date: venueDate(server, 5), time: "12:30" });
    const mine = await createBooking(server, customer, body, { "idempotency-key": "shared-key" });
    const theirs = await createBooking(server, other, body, { "idempotency-key": "shared-key" });
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it("forgets keys after 24 hours: an expired key makes a new booking", async () => {
    const body = bookingBody(server, { date: venueDate(server, 6), time: "12:00" });
    const first = await createBooking(server, customer, body, { "idempotency-key": "old-key" });
    await server.services.db.prisma.idempotencyKey.update({
      where: { userId_key: { userId: customer.user.id, key: "old-key" } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await server.services.db.prisma.booking.update({ where: { id: first.body.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    const later = await createBooking(server, customer, body, { "idempotency-key": "old-key" });
    expect(later.status).toBe(201);
    expect(later.headers.get("idempotent-replayed")).toBeNull();
    expect(later.body.id).not.toBe(first.body.id);
    const key = await server.services.db.prisma.idempotencyKey.findUniqueOrThrow({ where: { userId_key: { userId: customer.user.id, key: "old-key" } } });
    expect(key.bookingId).toBe(later.body.id);
    expect(key.expiresAt.getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
  });

  it("deletes the caller's expired keys on their next keyed create, so keys do not pile up", async () => {
    const keys = server.services.db.prisma.idempotencyKey;
    await createBooking(server, customer, bookingBody(server, { date: venueDate(server, 9), time: "12:00" }), { "idempotency-key": "stale-a" });
    await keys.updateMany({ where: { userId: customer.user.id, key: "stale-a" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await createBooking(server, customer, bookingBody(server, { date: venueDate(server, 9), time: "13:00" }), { "idempotency-key": "fresh-b" });
    expect(await keys.count({ where: { userId: customer.user.id, key: "stale-a" } })).toBe(0);
    expect(await keys.count({ where: { userId: customer.user.id, expiresAt: { lte: new Date() } } })).toBe(0);
    expect(await keys.count({ where: { userId: customer.user.id, key: "fresh-b" } })).toBe(1);
  });

  it("rejects a malformed key, and a header and input that disagree (400)", async () => {
    const body = bookingBody(server, { date: venueDate(server, 7) });
    const spaced = await createBooking(server, customer, body, { "idempotency-key": "has spaces" });
    expect(spaced.status).toBe(400);
    expect(spaced.body.issues?.[0]?.path).toBe("Idempotency-Key");
    const mismatch = await createBooking(server, customer, { ...body, idempotencyKey: "input-key" }, { "idempotency-key": "header-key" });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.issues?.[0]?.path).toBe("idempotencyKey");
  });

  it("accepts the key as tRPC input, where clients cannot set headers per call", async () => {
    const before = await bookingsOf(customer);
    const input = { ...bookingBody(server, { date: venueDate(server, 8), time: "18:30" }), idempotencyKey: "trpc-key-1" };
    const first = await trpcMutation(server, customer, "bookings.create", input);
    const retry = await trpcMutation(server, customer, "bookings.create", input);
    // tRPC keeps 200 for a create and for its replay; only REST answers 201.
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    const idOf = (body: unknown) => (body as { result: { data: { json: { id: string } } } }).result.data.json.id;
    expect(idOf(retry.body)).toBe(idOf(first.body));
    expect(await bookingsOf(customer)).toBe(before + 1);
  });
});
