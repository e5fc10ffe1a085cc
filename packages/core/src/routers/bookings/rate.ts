import { customerBooking, rateBookingInput } from "@slotted/validators";
import { rateBooking } from "../../bookings/rate-booking.ts";
import { protectedProcedure } from "../../procedures.ts";

export const rate = protectedProcedure
  .meta({
    rateLimit: "booking_write",
    creates: "resource",
    failures: ["CONFLICT"],
    openapi: {
      method: "POST",
      path: "/bookings/{id}/rating",
      tags: ["bookings"],
      summary: "Rate one of your visits",
      description:
        "A COMPLETED booking of yours, 1 to 5 stars with an optional comment (up to 1000 characters), once (409 on a second try), " +
        "within 14 days of its date (403 after). Answers 201 with the booking and its `feedback`.",
      protect: true,
    },
  })
  .input(rateBookingInput)
  .output(customerBooking)
  .mutation(({ ctx, input }) => rateBooking(ctx, ctx.user, input));
