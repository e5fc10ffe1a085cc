import { setBookingStatusInput, staffBooking } from "@slotted/validators";
import { setBookingStatus } from "../../bookings/set-booking-status.ts";
import { permittedProcedure } from "../../procedures.ts";

export const setStatus = permittedProcedure("bookings:manage")
  .meta({
    rateLimit: "booking_write",
    failures: ["CONFLICT"],
    openapi: {
      method: "POST",
      path: "/admin/bookings/{id}/status",
      tags: ["bookings"],
      summary: "Move a booking through its lifecycle (STAFF or ADMIN)",
      description:
        "PENDING→CONFIRMED→SEATED→COMPLETED; PENDING or CONFIRMED→CANCELLED; CONFIRMED→NO_SHOW. Any other move is a 409 whose `allowed` " +
        "lists the valid next statuses. `note` goes to the audit log (and becomes the cancel reason).",
      protect: true,
    },
  })
  .input(setBookingStatusInput)
  .output(staffBooking)
  .mutation(({ ctx, input }) => setBookingStatus(ctx, { actorId: ctx.user.id, requestId: ctx.requestId }, input));
