import { availabilityInput, availabilityOutput } from "@slotted/validators";
import { readAvailability } from "../../bookings/availability.ts";
import { protectedProcedure } from "../../procedures.ts";

export const availability = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/bookings/availability",
      tags: ["bookings"],
      summary: "Places left at each slot of a date",
      description:
        "`remaining` is the party size that still fits at that slot start (BOOKING_SLOT_CAPACITY minus the covers of active bookings overlapping it). Cached for up to 30 seconds; any booking write on the date refreshes it. 400 for a past date or one beyond the booking horizon.",
      protect: true,
    },
  })
  .input(availabilityInput)
  .output(availabilityOutput)
  .query(({ ctx, input }) => readAvailability(ctx, input.date));
