import type { RouterOutputs } from "@slotted/client";
import { addDays } from "@slotted/validators";
import { venueClock } from "@slotted/app-shell";

type Venue = RouterOutputs["bookings"]["venue"];
type User = RouterOutputs["auth"]["me"];
type Booking = RouterOutputs["bookings"]["byId"];

/** The venue every test books at: UTC, 11:00–23:00 in 30-minute slots. */
export function testVenue(): Venue {
  return {
    timezone: "UTC",
    openingTime: "11:00",
    closingTime: "23:00",
    slotMinutes: 30,
    slotCapacity: 40,
    maxDaysAhead: 180,
    phoneRegion: "GB",
    partySize: { min: 1, max: 50 },
    durationMinutes: { min: 30, max: 480, default: 120 },
    cancelCutoffMinutes: 120,
    today: venueClock("UTC").date,
  };
}

/** A venue-local date `days` from today (always bookable for small positive `days`). */
export function daysFromToday(days: number): string {
  return addDays(venueClock("UTC").date, days);
}

export function testUser(overrides: Partial<User> = {}): User {
  return {
    id: "6f1c7a52-1b39-4a8e-9a57-3c2f0a1d9e11",
    email: "ada@example.com",
    name: "Ada Lovelace",
    role: "CUSTOMER",
    isActive: true,
    emailVerifiedAt: null,
    lastLoginAt: null,
    deletedAt: null,
    createdAt: new Date("2026-01-01T10:00:00Z"),
    ...overrides,
  };
}

export function testBooking(overrides: Partial<Booking> = {}): Booking {
  return {
    id: "0b8e4f6a-3c1d-4e2f-9a7b-5c6d7e8f9a0b",
    reference: "SLT-7K2M9Q",
    date: daysFromToday(3),
    time: "19:00",
    endTime: "21:00",
    durationMinutes: 120,
    partySize: 2,
    status: "CONFIRMED",
    contactName: "Ada Lovelace",
    contactEmail: "ada@example.com",
    contactPhone: "+447911123456",
    specialRequests: null,
    cancelledAt: null,
    cancelReason: null,
    version: 1,
    createdAt: new Date("2026-01-02T10:00:00Z"),
    updatedAt: new Date("2026-01-02T10:00:00Z"),
    feedback: null,
    ratingOpenUntil: null,
    ...overrides,
  };
}

/** Every slot of the test venue's day with the same places left. */
export function testAvailability(date: string, remaining = 40) {
  const slots: { time: string; remaining: number }[] = [];
  for (let minute = 11 * 60; minute < 23 * 60; minute += 30) {
    slots.push({ time: `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`, remaining });
  }
  return { date, slotMinutes: 30, capacity: 40, slots };
}
