import { bookingByIdInput, staffBooking } from "@slotted/validators";
import { findStaffBooking } from "../../bookings/find-booking.ts";
import { permittedProcedure } from "../../procedures.ts";

export const adminById = permittedProcedure("bookings:read-all")
  .meta({
    openapi: {
      method: "GET",
      path: "/admin/bookings/{id}",
      tags: ["bookings"],
      summary: "Any booking, with customer and internal notes (STAFF or ADMIN)",
      protect: true,
    },
  })
  .input(bookingByIdInput)
  .output(staffBooking)
  .query(({ ctx, input }) => findStaffBooking(ctx, input.id));
