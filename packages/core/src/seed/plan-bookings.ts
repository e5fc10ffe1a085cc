import type { Config } from "@slotted/config";
import type { BookingStatus } from "@slotted/db";
import { addDays, durationLimits, type VenueNow } from "@slotted/validators";
import { generateBookingReference } from "../bookings/booking-reference.ts";
import { dateColumn } from "../bookings/venue-clock.ts";
import type { SeedPerson } from "./seed-people.ts";
import { pick, pickWeighted, type Random } from "./seed-random.ts";
import { SeatLedger, type OccupiedPlace } from "./seat-ledger.ts";

export interface PlanInput {
  count: number;
  business: Config["business"];
  /** The venue's clock when seeding, and the same instant as a timestamp. */
  now: VenueNow;
  at: Date;
  customers: readonly SeedPerson[];
  /** Active bookings already stored in the window (a second run must respect them too). */
  existing: readonly OccupiedPlace[];
  random: Random;
}

/** One planned booking, column by column (the seed inserts them in bulk). */
export interface SeedBooking {
  reference: string;
  customerId: string;
  date: string;
  startMinute: number;
  durationMinutes: number;
  partySize: number;
  status: BookingStatus;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  specialRequests: string | null;
  internalNotes: string | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface BookingPlan {
  rows: SeedBooking[];
  window: { from: string; to: string };
  /** Bookings that found no room after several tries (only when the window is nearly full). */
  skipped: number;
}

const activeStatuses: readonly BookingStatus[] = ["PENDING", "CONFIRMED", "SEATED"];
const partySizes: readonly (readonly [number, number])[] = [
  [1, 5], [2, 38], [3, 14], [4, 20], [5, 7], [6, 7], [7, 2], [8, 3], [10, 2], [12, 1], [16, 0.6], [20, 0.4],
];
const specialRequests = [
  "Window table if possible", "Celebrating a birthday", "High chair needed", "Wheelchair access, please", "Gluten-free guest",
  "Anniversary dinner", "Quiet corner, please", "Two vegans in the party", "Running 10 minutes late", "Nut allergy at the table",
];
const internalNotes = ["Regular; likes the booth", "Paid deposit by phone", "Called to confirm", "VIP: manager's guest", "Large party: set menu"];
const cancelReasons = ["Plans changed", "Feeling unwell", "Booked elsewhere", "Travel delayed", "Weather", null];

/** Dates to fill: 60 days back and 60 ahead by default, widened (mostly into the past) for large scales. */
export function seedWindow(count: number, today: string, maxDaysAhead: number): { from: string; to: string; days: number } {
  const days = Math.max(121, Math.ceil(count / 40));
  const ahead = Math.min(maxDaysAhead, 60 + Math.floor((days - 121) / 4));
  const back = days - 1 - ahead;
  return { from: addDays(today, -back), to: addDays(today, ahead), days };
}

function statusFor(random: Random, when: "past" | "finished" | "under-way" | "later" | "future"): BookingStatus {
  switch (when) {
    case "past":
    case "finished":
      return pickWeighted(random, [["COMPLETED", 74], ["NO_SHOW", 6], ["CANCELLED", 20]]);
    case "under-way":
      return pickWeighted(random, [["SEATED", 85], ["NO_SHOW", 5], ["CANCELLED", 10]]);
    case "later":
    case "future":
      return pickWeighted(random, [["CONFIRMED", 55], ["PENDING", 30], ["CANCELLED", 15]]);
  }
}

/** Where a start time falls relative to the venue's clock. */
function timing(date: string, start: number, end: number, now: VenueNow): "past" | "finished" | "under-way" | "later" | "future" {
  if (date < now.date) return "past";
  if (date > now.date) return "future";
  if (end <= now.minute) return "finished";
  return start <= now.minute ? "under-way" : "later";
}

/**
 * Plans `count` realistic bookings that respect every booking rule: opening hours, the slot grid,
 * durations and party sizes within limits, capacity at every slot, one active booking per
 * customer and start time, and statuses that fit the clock (nothing in the future is COMPLETED).
 * Pure: the caller inserts the rows.
 */
export function planBookings(input: PlanInput): BookingPlan {
  const { business, now, random } = input;
  const ledger = new SeatLedger(business);
  for (const place of input.existing) ledger.take(place);
  const window = seedWindow(input.count, now.date, business.maxDaysAhead);
  const references = new Set<string>();
  const rows: SeedBooking[] = [];

  const starts: [number, number][] = [];
  for (let minute = business.openingMinute; minute + business.slotMinutes <= business.closingMinute; minute += business.slotMinutes) {
    const hour = minute / 60;
    const weight = hour >= 18 && hour < 21 ? 5 : hour >= 12 && hour < 14 ? 3 : 1;
    starts.push([minute, weight]);
  }
  const durations = (start: number) => {
    const fitting: number[] = [];
    for (let d = business.slotMinutes; d <= durationLimits.max; d += business.slotMinutes) {
      if (d >= durationLimits.min && start + d <= business.closingMinute) fitting.push(d);
    }
    // Most tables turn in about two hours.
    return fitting.map((d) => [d, d === 120 ? 6 : d === 90 || d === 150 ? 3 : d <= 180 ? 1 : 0.2] as const);
  };

  function tryPlace(date: string, startMinute: number, forced?: BookingStatus): boolean {
    const options = durations(startMinute);
    if (options.length === 0) return false;
    const durationMinutes = pickWeighted(random, options);
    const partySize = pickWeighted(random, partySizes);
    const customer = pick(random, input.customers);
    const status = forced ?? statusFor(random, timing(date, startMinute, startMinute + durationMinutes, now));
    const place = { date, startMinute, durationMinutes, partySize, customerId: customer.id };
    if (activeStatuses.includes(status)) {
      if (!ledger.fits(place)) return false;
      ledger.take(place);
    }
    rows.push(row(place, customer, status));
    return true;
  }

  function row(place: OccupiedPlace, customer: SeedPerson, status: BookingStatus): SeedBooking {
    let reference = generateBookingReference();
    while (references.has(reference)) reference = generateBookingReference();
    references.add(reference);
    const startsAt = dateColumn(place.date).getTime() + place.startMinute * 60_000;
    // Booked 1-45 days ahead, never after "now"; changed (confirmed, cancelled…) later, never after "now".
    const createdAt = new Date(Math.min(startsAt - (1 + random() * 44) * 86_400_000, input.at.getTime() - 60_000));
    const changedAt = new Date(Math.min(createdAt.getTime() + random() * 3 * 86_400_000, input.at.getTime()));
    const changed = status !== "PENDING";
    return {
      reference,
      customerId: customer.id,
      date: place.date,
      startMinute: place.startMinute,
      durationMinutes: place.durationMinutes,
      partySize: place.partySize,
      status,
      contactName: customer.name,
      contactEmail: customer.email,
      contactPhone: `+447911${String(Math.floor(random() * 1_000_000)).padStart(6, "0")}`,
      specialRequests: random() < 0.2 ? pick(random, specialRequests) : null,
      internalNotes: random() < 0.08 ? pick(random, internalNotes) : null,
      cancelledAt: status === "CANCELLED" ? changedAt : null,
      cancelReason: status === "CANCELLED" ? pick(random, cancelReasons) : null,
      version: changed ? 2 : 1,
      createdAt,
      updatedAt: changed ? changedAt : createdAt,
    };
  }

  /**
   * Seats one party of one or two at the latest started slot with room: today's, or yesterday's
   * last before opening. It prefers the shortest stay still under way (it spans the fewest later
   * slots, which may be full); when none fits (the current slot is full, or the venue has closed),
   * the shortest stay at all: a party staff have not marked as gone yet. The row is appended last.
   */
  function seatAParty(): boolean {
    const lastStart = business.closingMinute - business.slotMinutes;
    const open = now.minute >= business.openingMinute;
    const date = open ? now.date : addDays(now.date, -1);
    const latest = open ? Math.min(lastStart, now.minute - ((now.minute - business.openingMinute) % business.slotMinutes)) : lastStart;
    for (const underWayOnly of [true, false]) {
      for (let startMinute = latest; startMinute >= business.openingMinute; startMinute -= business.slotMinutes) {
        const durationMinutes = durations(startMinute)
          .map(([d]) => d)
          .find((d) => !underWayOnly || !open || startMinute + d > now.minute);
        if (durationMinutes === undefined) continue;
        for (const partySize of [2, 1]) {
          for (const customer of input.customers) {
            const place = { date, startMinute, durationMinutes, partySize, customerId: customer.id };
            if (!ledger.fits(place)) continue;
            ledger.take(place);
            rows.push(row(place, customer, "SEATED"));
            return true;
          }
        }
      }
    }
    return false;
  }

  let skipped = 0;
  for (let i = 0; i < input.count; i += 1) {
    let placed = false;
    for (let attempt = 0; attempt < 25 && !placed; attempt += 1) {
      const date = addDays(window.from, Math.floor(random() * window.days));
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      // Fridays and Saturdays are busier: re-roll a share of other days.
      if ((weekday !== 5 && weekday !== 6 && random() < 0.3) || !tryPlace(date, pickWeighted(random, starts))) continue;
      placed = true;
    }
    if (!placed) skipped += 1;
  }

  // Every status should appear. SEATED only exists around "now", so chance often produces none
  // (one started slot just after opening, or started slots already full): then seat a party in
  // place of a finished booking, so the count stays as asked. Only stored bookings filling every
  // started slot of the day leave no room for it.
  if (!rows.some((r) => r.status === "SEATED") && rows.length > 0 && seatAParty()) {
    const statusCount = (status: BookingStatus) => rows.filter((r) => r.status === status).length;
    const finished = (r: SeedBooking) => r.status === "COMPLETED" || r.status === "CANCELLED" || r.status === "NO_SHOW";
    // Drop one whose status still appears elsewhere, so no other status goes missing.
    const spare = rows.findIndex((r) => finished(r) && statusCount(r.status) > 1);
    rows.splice(spare === -1 ? 0 : spare, 1);
  }
  return { rows, window: { from: window.from, to: window.to }, skipped };
}
