import { customerBooking, rescheduleBookingInput } from "@slotted/validators";
import { rescheduleBooking } from "../../bookings/reschedule-booking.ts";
import { protectedProcedure } from "../../procedures.ts";

export const reschedule = protectedProcedure
  .meta({
    rateLimit: "booking_write",
    failures: ["CONFLICT"],
    openapi: {
      method: "POST",
      path: "/bookings/{id}/reschedule",
      tags: ["bookings"],
      summary: "Move a booking to another date and time",
      description:
        "Atomic: the new time's capacity and your one-booking-per-slot rule are re-checked (409) and the old place is freed in the same write. " +
        "Optional `version` guards against moving a booking that changed since you loaded it.",
      protect: true,
    },
  })
  .input(rescheduleBookingInput)
  .output(customerBooking)
  .mutation(async ({ ctx, input }) => (await rescheduleBooking(ctx, ctx.user, input)).booking);
