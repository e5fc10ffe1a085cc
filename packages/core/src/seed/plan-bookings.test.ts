import { buildConfig } from "@slotted/config";
import { addDays } from "@slotted/validators";
import { describe, expect, it } from "vitest";
import { planBookings, seedWindow, type SeedBooking } from "./plan-bookings.ts";
import { seededRandom } from "./seed-random.ts";

const business = buildConfig({ BOOKING_SLOT_CAPACITY: "12" }).business;
const customers = Array.from({ length: 60 }, (_, i) => ({ id: `customer-${i}`, name: `Guest ${i}`, email: `guest${i}@seed.slotted.example` }));
const now = { date: "2026-11-21", minute: 19 * 60 + 10 };
const at = new Date("2026-11-21T19:10:00Z");
const active = new Set(["PENDING", "CONFIRMED", "SEATED"]);

function peakCovers(rows: readonly SeedBooking[]): number {
  const covers = new Map<string, number>();
  for (const row of rows.filter((r) => active.has(r.status))) {
    for (let minute = row.startMinute; minute < row.startMinute + row.durationMinutes; minute += business.slotMinutes) {
      const key = `${row.date}@${minute}`;
      covers.set(key, (covers.get(key) ?? 0) + row.partySize);
    }
  }
  return Math.max(...covers.values());
}

describe("planBookings", () => {
  const plan = planBookings({ count: 3_000, business, now, at, customers, existing: [], random: seededRandom(42) });

  it("plans the requested number of bookings in a window of 60 days back and 60 ahead", () => {
    expect(plan.rows).toHaveLength(3_000);
    expect(plan.window).toEqual({ from: addDays(now.date, -60), to: addDays(now.date, 60) });
    expect(plan.rows.every((r) => r.date >= plan.window.from && r.date <= plan.window.to)).toBe(true);
  });

  it("never lets active covers exceed the capacity at any slot, even when capacity binds", () => {
    expect(peakCovers(plan.rows)).toBeLessThanOrEqual(12);
    expect(peakCovers(plan.rows)).toBe(12);
  });

  it("keeps one active booking per customer, date and start time", () => {
    const keys = plan.rows.filter((r) => active.has(r.status)).map((r) => `${r.customerId}|${r.date}|${r.startMinute}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("stays within opening hours, the slot grid and the party and duration limits", () => {
    for (const row of plan.rows) {
      expect(row.startMinute).toBeGreaterThanOrEqual(business.openingMinute);
      expect((row.startMinute - business.openingMinute) % business.slotMinutes).toBe(0);
      expect(row.startMinute + row.durationMinutes).toBeLessThanOrEqual(business.closingMinute);
      expect(row.durationMinutes % business.slotMinutes).toBe(0);
      expect(row.durationMinutes).toBeGreaterThanOrEqual(30);
      expect(row.durationMinutes).toBeLessThanOrEqual(480);
      expect(row.partySize).toBeGreaterThanOrEqual(1);
      expect(row.partySize).toBeLessThanOrEqual(50);
      expect(row.reference).toMatch(/^SLT-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/);
      expect(row.contactPhone).toMatch(/^\+447911\d{6}$/);
      expect(row.createdAt.getTime()).toBeLessThanOrEqual(at.getTime());
    }
  });

  it("uses every status, each where the clock allows it", () => {
    expect(new Set(plan.rows.map((r) => r.status))).toEqual(new Set(["PENDING", "CONFIRMED", "SEATED", "COMPLETED", "CANCELLED", "NO_SHOW"]));
    const past = plan.rows.filter((r) => r.date < now.date);
    const future = plan.rows.filter((r) => r.date > now.date);
    expect(past.every((r) => ["COMPLETED", "NO_SHOW", "CANCELLED"].includes(r.status))).toBe(true);
    expect(future.every((r) => ["PENDING", "CONFIRMED", "CANCELLED"].includes(r.status))).toBe(true);
    for (const seated of plan.rows.filter((r) => r.status === "SEATED")) {
      expect(seated.date).toBe(now.date);
      expect(seated.startMinute).toBeLessThanOrEqual(now.minute);
    }
    expect(plan.rows.filter((r) => r.status === "CANCELLED").every((r) => r.cancelledAt !== null)).toBe(true);
  });

  it("respects bookings already stored", () => {
    const date = addDays(now.date, 10);
    const full = Array.from({ length: 12 }, (_, i) => ({ date, startMinute: business.openingMinute, durationMinutes: business.closingMinute - business.openingMinute, partySize: 1, customerId: `existing-${i}` }));
    const more = planBookings({ count: 3_000, business, now, at, customers, existing: full, random: seededRandom(7) });
    expect(more.rows.filter((r) => r.date === date && active.has(r.status))).toEqual([]);
  });

  it("seats a party when chance produced none, so SEATED always appears", () => {
    const tiny = planBookings({ count: 5, business, now, at, customers, existing: [], random: seededRandom(3) });
    expect(tiny.rows.filter((r) => r.status === "SEATED")).toHaveLength(1);
  });
});

describe("planBookings around the clock", () => {
  // The seed runs whenever someone (or CI) runs it: all six statuses must appear at any time of
  // day, at the scale the seed's database test uses, with every other invariant intact.
  const small = buildConfig({ BOOKING_SLOT_CAPACITY: "8" }).business;
  const fewCustomers = customers.slice(0, 40);
  const today = "2026-11-30";
  const everyStatus = new Set(["PENDING", "CONFIRMED", "SEATED", "COMPLETED", "CANCELLED", "NO_SHOW"]);
  const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

  function planAt(minute: number, existing: Parameters<typeof planBookings>[0]["existing"] = []) {
    const at = new Date(Date.parse(`${today}T00:00:00Z`) + minute * 60_000);
    const plan = planBookings({ count: 1_500, business: small, now: { date: today, minute }, at, customers: fewCustomers, existing, random: seededRandom(1) });
    return { plan, at };
  }

  function invariantProblems(minute: number, rows: readonly SeedBooking[], at: Date): string[] {
    const problems: string[] = [];
    const statuses = new Set(rows.map((r) => r.status));
    for (const status of everyStatus) if (!statuses.has(status as SeedBooking["status"])) problems.push(`no ${status}`);
    if (rows.length !== 1_500) problems.push(`${rows.length} rows`);
    if (peakCovers(rows) > small.slotCapacity) problems.push(`peak ${peakCovers(rows)} covers`);
    for (const row of rows) {
      const offGrid = row.startMinute < small.openingMinute || (row.startMinute - small.openingMinute) % small.slotMinutes !== 0;
      if (offGrid || row.startMinute + row.durationMinutes > small.closingMinute) problems.push(`outside hours: ${row.date} ${row.startMinute}`);
      if (row.durationMinutes < 30 || row.durationMinutes > 480 || row.partySize < 1 || row.partySize > 50) problems.push(`outside limits: ${row.reference}`);
      if (row.date < today && (row.status === "PENDING" || row.status === "CONFIRMED")) problems.push(`past but open: ${row.date}`);
      if (row.date > today && ["SEATED", "COMPLETED", "NO_SHOW"].includes(row.status)) problems.push(`future but done: ${row.date}`);
      if (row.createdAt > at) problems.push(`created after now: ${row.reference}`);
      if (row.status === "SEATED") {
        // Seated parties started by now: today, or last night's before opening.
        const startedToday = row.date === today && row.startMinute <= minute;
        const lastNight = minute < small.openingMinute && row.date === addDays(today, -1);
        if (!startedToday && !lastNight) problems.push(`seated before arriving: ${row.date} ${row.startMinute}`);
      }
    }
    return problems.map((problem) => `${clock(minute)} ${problem}`);
  }

  it("uses all six statuses and keeps every invariant at each quarter hour of the day", () => {
    const problems: string[] = [];
    for (let minute = 0; minute < 24 * 60; minute += 15) {
      const { plan, at } = planAt(minute);
      problems.push(...invariantProblems(minute, plan.rows, at));
    }
    expect(problems).toEqual([]);
  });

  it("seats a party at an earlier started slot when the latest one is full", () => {
    const noon = 12 * 60;
    const full = Array.from({ length: small.slotCapacity }, (_, i) => ({ date: today, startMinute: noon, durationMinutes: 30, partySize: 1, customerId: `stored-${i}` }));
    const { plan, at } = planAt(noon + 3, full);
    expect(invariantProblems(noon + 3, plan.rows, at)).toEqual([]);
    expect(plan.rows.filter((r) => r.status === "SEATED" && r.date === today && r.startMinute === noon)).toEqual([]);
  });
});

describe("seedWindow", () => {
  it("widens for large scales, mostly into the past, never beyond the booking horizon", () => {
    const wide = seedWindow(100_000, "2026-11-21", 180);
    expect(wide.days).toBe(2_500);
    expect(wide.to <= addDays("2026-11-21", 180)).toBe(true);
    expect(wide.from < addDays("2026-11-21", -2_000)).toBe(true);
  });
});
