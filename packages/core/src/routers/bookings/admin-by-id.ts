import { bookingByIdInput, staffBooking } from "@slotted/validators";
import { findStaffBooking } from "../../bookings/find-booking.ts";
import { staffProcedure } from "../../procedures.ts";

export const adminById = staffProcedure
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
