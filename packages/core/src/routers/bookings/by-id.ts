import { bookingByIdInput, customerBooking } from "@slotted/validators";
import { findCustomerBooking } from "../../bookings/find-booking.ts";
import { protectedProcedure } from "../../procedures.ts";

export const byId = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/bookings/{id}",
      tags: ["bookings"],
      summary: "One of your bookings",
      description: "404 for a booking that is not yours.",
      protect: true,
    },
  })
  .input(bookingByIdInput)
  .output(customerBooking)
  .query(({ ctx, input }) => findCustomerBooking(ctx, ctx.user.id, input.id));
