import { customerBooking, listBookingsInput, paginated } from "@slotted/validators";
import { listCustomerBookings } from "../../bookings/list-bookings.ts";
import { protectedProcedure } from "../../procedures.ts";

export const list = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/bookings",
      tags: ["bookings"],
      summary: "Your bookings",
      description: "Filter by `status` (repeatable), `from` and `to` (YYYY-MM-DD, inclusive); ordered by date and time.",
      protect: true,
    },
  })
  .input(listBookingsInput)
  .output(paginated(customerBooking))
  .query(({ ctx, input }) => listCustomerBookings(ctx, ctx.user.id, input));
