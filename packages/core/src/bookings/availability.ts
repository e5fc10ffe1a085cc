import { bookingDateIssue, timeOfMinute, type Availability, type VenueSettings } from "@slotted/validators";
import { durationLimits, partySizeLimits } from "@slotted/validators";
import type { Config } from "@slotted/config";
import { cachedJson } from "../cache/cached-json.ts";
import { availabilityCacheKey, availabilityTtlSeconds } from "./booking-caches.ts";
import { bookedPerSlot } from "./booked-per-slot.ts";
import type { BookingDeps } from "./booking-deps.ts";
import { invalidBookingInput } from "./invalid-booking-input.ts";
import { venueNow, venueRules } from "./venue-clock.ts";

/**
 * Places left at every slot of a bookable date. Cached for 30 s under `availability:<date>`;
 * every booking write on the date drops the entry, so the TTL only bounds a failed invalidation.
 */
export async function readAvailability(deps: BookingDeps, date: string): Promise<Availability> {
  const { business } = deps.services.config;
  const issue = bookingDateIssue(venueRules(business), date, venueNow(business.timezone));
  if (issue) throw invalidBookingInput([issue]);
  return cachedJson(deps.services.kv, deps.log, availabilityCacheKey(date), availabilityTtlSeconds, async () => ({
    date,
    slotMinutes: business.slotMinutes,
    capacity: business.slotCapacity,
    slots: (await bookedPerSlot(deps.prisma, business, date)).map(({ minute, booked }) => ({
      time: timeOfMinute(minute),
      remaining: Math.max(0, business.slotCapacity - booked),
    })),
  }));
}

/** The venue's rules for clients, so they validate with exactly what the server will apply. */
export function venueSettingsOf(business: Config["business"], now: Date = new Date()): VenueSettings {
  return {
    timezone: business.timezone,
    openingTime: timeOfMinute(business.openingMinute),
    closingTime: timeOfMinute(business.closingMinute),
    slotMinutes: business.slotMinutes,
    slotCapacity: business.slotCapacity,
    maxDaysAhead: business.maxDaysAhead,
    phoneRegion: business.phoneRegion,
    partySize: { ...partySizeLimits },
    durationMinutes: { ...durationLimits },
    cancelCutoffMinutes: business.cancelCutoffMinutes,
    today: venueNow(business.timezone, now).date,
  };
}
