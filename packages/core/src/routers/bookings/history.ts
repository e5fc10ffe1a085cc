import { bookingByIdInput, bookingHistory } from "@slotted/validators";
import { readBookingHistory } from "../../bookings/booking-history.ts";
import { permittedProcedure } from "../../procedures.ts";

export const history = permittedProcedure("bookings:read-all")
  .meta({
    openapi: {
      method: "GET",
      path: "/admin/bookings/{id}/history",
      tags: ["bookings"],
      summary: "What happened to a booking, oldest first (STAFF or ADMIN)",
      description:
        "First its creation (`booking.created`, by its customer, with the status and party size it was created with when the log " +
        "can tell), then the latest 200 audit entries about it: who, what (`changes`), when and the request ID. Contact details " +
        "appear by field name only. 404 for an unknown booking.",
      protect: true,
    },
  })
  .input(bookingByIdInput)
  .output(bookingHistory)
  .query(({ ctx, input }) => readBookingHistory(ctx, input.id));
