import { adminListBookingsInput, paginated, staffBooking } from "@slotted/validators";
import { listStaffBookings } from "../../bookings/list-bookings.ts";
import { staffProcedure } from "../../procedures.ts";

export const adminList = staffProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/admin/bookings",
      tags: ["bookings"],
      summary: "All bookings (STAFF or ADMIN)",
      description:
        "Filter by `status` (repeatable), `from`/`to` (inclusive dates), `customerId`; `search` matches reference, contact name or email. " +
        "Sort by date, createdAt, reference or partySize.",
      protect: true,
    },
  })
  .input(adminListBookingsInput)
  .output(paginated(staffBooking))
  .query(({ ctx, input }) => listStaffBookings(ctx, input));
