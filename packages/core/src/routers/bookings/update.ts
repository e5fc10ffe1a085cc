import { customerBooking, updateBookingInput } from "@slotted/validators";
import { updateBooking } from "../../bookings/update-booking.ts";
import { protectedProcedure } from "../../procedures.ts";

export const update = protectedProcedure
  .meta({
    rateLimit: "booking_write",
    failures: ["CONFLICT"],
    openapi: {
      method: "PATCH",
      path: "/bookings/{id}",
      tags: ["bookings"],
      summary: "Change party size, contact details or special requests",
      description:
        "Only while the booking is PENDING or CONFIRMED and has not started. Send the `version` you loaded: 409 if the booking changed since. " +
        "A larger party is re-checked against capacity (409 with `remaining`).",
      protect: true,
    },
  })
  .input(updateBookingInput)
  .output(customerBooking)
  .mutation(({ ctx, input }) => updateBooking(ctx, ctx.user, input));
