import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { call, createBooking, bookingBody, venueDate, type BookingJson, type ErrorJson, type PageJson } from "./booking-helpers.ts";

let server: TestServer;
let staff: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  staff = await createAccount(server, { role: "STAFF" });
});
afterAll(() => server.close());

const statuses = ["PENDING", "CONFIRMED", "SEATED", "COMPLETED", "CANCELLED", "NO_SHOW"] as const;
const referenceAlphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const referenceOf = (n: number) =>
  `SLT-${Array.from({ length: 6 }, (_, i) => referenceAlphabet[Math.floor(n / referenceAlphabet.length ** i) % referenceAlphabet.length]).join("")}`;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface Row {
  id: string;
  reference: string;
  date: string;
  startMinute: number;
  partySize: number;
  status: string;
  createdAt: string;
}

/** The list's order, computed here from the rows rather than asked of the database. */
const sortColumns: Record<string, (keyof Row)[]> = {
  date: ["date", "startMinute", "id"],
  createdAt: ["createdAt", "id"],
  reference: ["reference"],
  partySize: ["partySize", "date", "startMinute", "id"],
};
function expectedOrder(rows: Row[], sort: string, order: "asc" | "desc"): string[] {
  const columns = sortColumns[sort] ?? [];
  const sign = order === "asc" ? 1 : -1;
  return [...rows]
    .sort((a, b) => {
      for (const column of columns) {
        if (a[column] < b[column]) return -sign;
        if (a[column] > b[column]) return sign;
      }
      return 0;
    })
    .map((row) => row.id);
}

async function listPage(query: string): Promise<PageJson<BookingJson>> {
  const res = await call<PageJson<BookingJson>>(server, staff, "GET", `/admin/bookings?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Every page by number, then every page by following nextCursor: ids in order, and the envelopes. */
async function walk(query: string, perPage: number) {
  const byNumber: PageJson<BookingJson>[] = [];
  for (let page = 1; ; page++) {
    const body = await listPage(`${query}&perPage=${perPage}&page=${page}`);
    if (body.items.length === 0) break;
    byNumber.push(body);
  }
  const byCursor: PageJson<BookingJson>[] = [await listPage(`${query}&perPage=${perPage}`)];
  for (let next = byCursor[0]?.nextCursor; next; next = byCursor.at(-1)?.nextCursor) {
    byCursor.push(await listPage(`${query}&perPage=${perPage}&cursor=${encodeURIComponent(next)}`));
  }
  return { byNumber, byCursor };
}

describe("bookings.adminList paging at scale: counters, page numbers and cursors", () => {
  const first = "2027-01-20";
  let rows: Row[];

  beforeAll(async () => {
    const [ada, bob] = await Promise.all([createAccount(server), createAccount(server)]);
    const customers = [ada, bob];
    const createdBase = Date.parse("2026-11-01T09:00:00.000Z");
    // 50 dates from 20 January to 10 March (a partial month, a whole one, a partial one); each
    // (date, time) holds two bookings of different customers, so ties are broken by id; every
    // three share a creation time, so ties there are broken by id too.
    const data = Array.from({ length: 173 }, (_, i) => ({
      reference: referenceOf(7919 * i + 101),
      customerId: (customers[Math.floor(i / 100)] as TestAccount).user.id,
      date: new Date(`${addDays(first, i % 50)}T00:00:00Z`),
      startMinute: 720 + 30 * (Math.floor(i / 50) % 2),
      durationMinutes: 90,
      partySize: 1 + (i % 6),
      status: statuses[i % statuses.length] as (typeof statuses)[number],
      cancelledAt: statuses[i % statuses.length] === "CANCELLED" ? new Date(createdBase) : null,
      contactName: `Guest ${i}`,
      contactEmail: `guest${i}@example.com`,
      contactPhone: "+447911123456",
      createdAt: new Date(createdBase + Math.floor(i / 3) * 1000),
    }));
    await server.services.db.prisma.booking.createMany({ data });
    const stored = await server.services.db.prisma.booking.findMany();
    rows = stored.map((row) => ({
      id: row.id,
      reference: row.reference,
      date: row.date.toISOString().slice(0, 10),
      startMinute: row.startMinute,
      partySize: row.partySize,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
    }));
  });

  const filters: { name: string; query: string; keep: (row: Row) => boolean }[] = [
    { name: "no filter", query: "", keep: () => true },
    { name: "two statuses", query: "status=CONFIRMED&status=CANCELLED", keep: (row) => row.status === "CONFIRMED" || row.status === "CANCELLED" },
    { name: "partial months on both ends", query: "from=2027-01-25&to=2027-03-05", keep: (row) => row.date >= "2027-01-25" && row.date <= "2027-03-05" },
    { name: "exactly one month", query: "from=2027-02-01&to=2027-02-28&status=PENDING", keep: (row) => row.date.startsWith("2027-02") && row.status === "PENDING" },
    { name: "days inside one month", query: "from=2027-02-03&to=2027-02-10", keep: (row) => row.date >= "2027-02-03" && row.date <= "2027-02-10" },
    { name: "open start", query: "to=2027-02-14", keep: (row) => row.date <= "2027-02-14" },
  ];

  for (const filter of filters) {
    for (const order of ["asc", "desc"] as const) {
      it(`date order (${order}), ${filter.name}: page numbers and cursors return the same rows, with the exact total`, async () => {
        const matching = rows.filter(filter.keep);
        const expected = expectedOrder(matching, "date", order);
        const { byNumber, byCursor } = await walk(`${filter.query}&order=${order}`, 7);
        expect(byNumber.flatMap((page) => page.items.map((b) => b.id))).toEqual(expected);
        expect(byCursor.flatMap((page) => page.items.map((b) => b.id))).toEqual(expected);
        expect(byCursor.map((page) => page.page)).toEqual(byNumber.map((page) => page.page));
        for (const page of [...byNumber, ...byCursor]) {
          expect(page).toMatchObject({ total: matching.length, totalIsExact: true, totalPages: Math.ceil(matching.length / 7) });
        }
        expect(byNumber.map((page) => page.hasNext)).toEqual(byNumber.map((_, i) => i < byNumber.length - 1));
        expect(byNumber.at(-1)?.nextCursor).toBeNull();
      });
    }
  }

  for (const sort of ["createdAt", "reference", "partySize"]) {
    it(`sorted by ${sort}: page numbers and cursors return the same rows`, async () => {
      const matching = rows.filter((row) => row.status !== "NO_SHOW");
      const query = `sort=${sort}&order=desc&status=PENDING&status=CONFIRMED&status=SEATED&status=COMPLETED&status=CANCELLED`;
      const { byNumber, byCursor } = await walk(query, 9);
      const expected = expectedOrder(matching, sort, "desc");
      expect(byNumber.flatMap((page) => page.items.map((b) => b.id))).toEqual(expected);
      expect(byCursor.flatMap((page) => page.items.map((b) => b.id))).toEqual(expected);
    });
  }

  it("jumps straight to a deep page by number", async () => {
    const expected = expectedOrder(rows, "date", "asc");
    const body = await listPage("perPage=5&page=31");
    expect(body.items.map((b) => b.id)).toEqual(expected.slice(150, 155));
    expect(body).toMatchObject({ page: 31, total: 173, hasPrev: true, hasNext: true });
    const past = await listPage("perPage=5&page=36");
    expect(past).toMatchObject({ items: [], total: 173, hasNext: false, nextCursor: null });
  });

  it("counts a customer's bookings and a search exactly, by counting rows", async () => {
    const customerId = (await server.services.db.prisma.booking.findFirstOrThrow({ where: { contactName: "Guest 150" } })).customerId;
    const mine = await listPage(`customerId=${customerId}&perPage=100`);
    expect(mine).toMatchObject({ total: 73, totalIsExact: true });
    const searched = await listPage("search=guest1&perPage=5");
    // guest1, guest10-19, guest100-172: 1 + 10 + 73.
    expect(searched).toMatchObject({ total: 84, totalIsExact: true, totalPages: 17 });
  });

  it("refuses a cursor it did not issue, or one issued for other filters or another sort, naming the field", async () => {
    const issued = (await listPage("perPage=5&status=PENDING")).nextCursor ?? "";
    expect(issued).not.toBe("");
    for (const query of [
      `cursor=${encodeURIComponent(issued)}&perPage=5&status=SEATED`,
      `cursor=${encodeURIComponent(issued)}&perPage=5&status=PENDING&sort=reference`,
      "cursor=not-a-cursor",
      `cursor=${Buffer.from(JSON.stringify({ s: "date", o: "asc", f: "x", k: ["DROP TABLE", 1, "x"], n: 0 })).toString("base64url")}`,
    ]) {
      const res = await call<ErrorJson>(server, staff, "GET", `/admin/bookings?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.issues?.[0]?.path).toBe("cursor");
      expect(res.body.message).toMatch(/start again from the first page/);
    }
  });
});

describe("booking counters under concurrent writes", () => {
  async function countersMatchRows() {
    const prisma = server.services.db.prisma;
    const [days, months, actual] = await Promise.all([
      prisma.bookingDayCount.findMany({ where: { bookings: { not: 0 } } }),
      prisma.bookingMonthCount.findMany({ where: { bookings: { not: 0 } } }),
      prisma.$queryRaw<{ date: Date; status: string; n: number }[]>`SELECT "date", "status"::text, COUNT(*)::int AS "n" FROM "bookings" GROUP BY 1, 2`,
    ]);
    const key = (date: Date, status: string) => `${date.toISOString().slice(0, 10)} ${status}`;
    expect(new Map(days.map((row) => [key(row.date, row.status), row.bookings]))).toEqual(new Map(actual.map((row) => [key(row.date, row.status), row.n])));
    const byMonth = new Map<string, number>();
    for (const row of actual) {
      const month = `${row.date.toISOString().slice(0, 7)}-01 ${row.status}`;
      byMonth.set(month, (byMonth.get(month) ?? 0) + row.n);
    }
    expect(new Map(months.map((row) => [key(row.month, row.status), row.bookings]))).toEqual(byMonth);
  }

  it("stay equal to COUNT(*) per date, month and status through concurrent creates, cancels, reschedules and status changes", async () => {
    const customers = await Promise.all(Array.from({ length: 6 }, () => createAccount(server)));
    // Four dates about a month apart in pairs, so the writes cross month counters as well as days.
    const dates = [venueDate(server, 12), venueDate(server, 13), venueDate(server, 44), venueDate(server, 45)];
    const times = ["12:00", "12:30", "13:00", "13:30"];
    const created = await Promise.all(
      customers.flatMap((customer, c) =>
        dates.map(async (date, d) => {
          const res = await createBooking(server, customer, bookingBody(server, { date, time: times[(c + d) % times.length], partySize: 1 }));
          expect(res.status).toBe(201);
          return { customer, booking: res.body };
        }),
      ),
    );
    await countersMatchRows();

    const writes = created.map(({ customer, booking }, i) => {
      if (i % 4 === 0) return call(server, customer, "POST", `/bookings/${booking.id}/cancel`, {});
      if (i % 4 === 1) {
        const to = dates[(dates.indexOf(booking.date) + 2) % dates.length] as string;
        return call(server, customer, "POST", `/bookings/${booking.id}/reschedule`, { date: to, time: "20:00" });
      }
      if (i % 4 === 2) return call(server, staff, "POST", `/admin/bookings/${booking.id}/status`, { status: "CONFIRMED" });
      return createBooking(server, customer, bookingBody(server, { date: booking.date, time: "21:00", partySize: 1 }));
    });
    const results = await Promise.all(writes);
    expect(results.map((res) => res.status).filter((status) => status >= 300)).toEqual([]);
    await countersMatchRows();

    const listed = await listPage(`from=${dates[0] ?? ""}&to=${dates[3] ?? ""}&perPage=1`);
    const counted = await server.services.db.prisma.booking.count({
      where: { date: { gte: new Date(`${dates[0] ?? ""}T00:00:00Z`), lte: new Date(`${dates[3] ?? ""}T00:00:00Z`) } },
    });
    expect(listed.total).toBe(counted);
  });
});
