import { assignTableInput, staffBooking } from "@slotted/validators";
import { assignTable as seatAtTable } from "../../bookings/assign-table.ts";
import { permittedProcedure } from "../../procedures.ts";

export const assignTable = permittedProcedure("bookings:manage")
  .meta({
    rateLimit: "booking_write",
    failures: ["CONFLICT"],
    openapi: {
      method: "PUT",
      path: "/admin/bookings/{id}/table",
      tags: ["bookings"],
      summary: "Seat a booking at a table, or take it off its table (STAFF or ADMIN)",
      description:
        "`tableId: null` unassigns. Only PENDING, CONFIRMED or SEATED bookings get a table, only an active table with at least as many " +
        "seats as the party, and never one another active booking holds at an overlapping time: each refusal is a 409 saying why. " +
        "Rescheduling, cancelling or a no-show releases the table. `version` (optional) guards against a stale view.",
      protect: true,
    },
  })
  .input(assignTableInput)
  .output(staffBooking)
  .mutation(({ ctx, input }) => seatAtTable(ctx, { actorId: ctx.user.id, requestId: ctx.requestId }, input));
