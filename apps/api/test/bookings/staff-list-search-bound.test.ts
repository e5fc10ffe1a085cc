import { searchCountBound } from "@slotted/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { call, type BookingJson, type PageJson } from "./booking-helpers.ts";

let server: TestServer;
let staff: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  staff = await createAccount(server, { role: "STAFF" });
  const customer = await createAccount(server);
  const alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
  const reference = (n: number) => `SLT-${Array.from({ length: 6 }, (_, i) => alphabet[Math.floor(n / alphabet.length ** i) % alphabet.length]).join("")}`;
  // One more match than the bound, plus one booking that does not match.
  const data = Array.from({ length: searchCountBound + 2 }, (_, i) => ({
    reference: reference(i),
    customerId: customer.user.id,
    date: new Date(Date.UTC(2027, 0, 1) + Math.floor(i / 40) * 86_400_000),
    startMinute: 600 + (i % 40) * 15,
    durationMinutes: 60,
    partySize: 2,
    status: "COMPLETED" as const,
    contactName: i === 0 ? "Someone Else" : `Regular ${i}`,
    contactEmail: i === 0 ? "else@example.com" : `regular${i}@example.com`,
    contactPhone: "+447911123456",
  }));
  await server.services.db.prisma.booking.createMany({ data });
}, 120_000);
afterAll(() => server.close());

describe("bookings.adminList search totals", () => {
  it("stops counting at the bound and says the total is a lower bound, while paging still works", async () => {
    const res = await call<PageJson<BookingJson>>(server, staff, "GET", "/admin/bookings?search=regular&perPage=50");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: searchCountBound, totalIsExact: false, totalPages: searchCountBound / 50, hasNext: true });
    expect(res.body.items).toHaveLength(50);
    const next = await call<PageJson<BookingJson>>(server, staff, "GET", `/admin/bookings?search=regular&perPage=50&cursor=${encodeURIComponent(res.body.nextCursor ?? "")}`);
    expect(next.body).toMatchObject({ page: 2, totalIsExact: false });
    expect(next.body.items[0]?.id).not.toBe(res.body.items[0]?.id);
  });

  it("counts exactly below the bound, and from the counters without a search", async () => {
    const few = await call<PageJson<BookingJson>>(server, staff, "GET", "/admin/bookings?search=someone");
    expect(few.body).toMatchObject({ total: 1, totalIsExact: true });
    const all = await call<PageJson<BookingJson>>(server, staff, "GET", "/admin/bookings?perPage=1");
    expect(all.body).toMatchObject({ total: searchCountBound + 2, totalIsExact: true });
  });
});
