import { cancelBookingInput, customerBooking } from "@slotted/validators";
import { cancelBooking } from "../../bookings/cancel-booking.ts";
import { protectedProcedure } from "../../procedures.ts";

export const cancel = protectedProcedure
  .meta({
    rateLimit: "booking_write",
    failures: ["CONFLICT"],
    openapi: {
      method: "POST",
      path: "/bookings/{id}/cancel",
      tags: ["bookings"],
      summary: "Cancel one of your bookings",
      description: "PENDING or CONFIRMED bookings that have not started; the place is freed at once. Returns the booking with status CANCELLED.",
      protect: true,
    },
  })
  .input(cancelBookingInput)
  .output(customerBooking)
  .mutation(({ ctx, input }) => cancelBooking(ctx, ctx.user, input));
