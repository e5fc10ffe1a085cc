import { adminListBookingsInput, cursorPaginated, staffBooking } from "@slotted/validators";
import { listStaffBookings } from "../../bookings/staff-list/list-staff-bookings.ts";
import { permittedProcedure } from "../../procedures.ts";

export const adminList = permittedProcedure("bookings:read-all")
  .meta({
    openapi: {
      method: "GET",
      path: "/admin/bookings",
      tags: ["bookings"],
      summary: "All bookings (STAFF or ADMIN)",
      description:
        "Filter by `status` (repeatable), `from`/`to` (inclusive dates), `customerId`; `search` matches reference, contact name or email. " +
        "Sort by date, createdAt, reference or partySize. Page by `page`, or by `cursor`: send back the `nextCursor` of the page before (same filters and sort) for the next page. " +
        "`total` is exact unless `totalIsExact` is false (a `search` with more than 10,000 matches).",
      protect: true,
    },
  })
  .input(adminListBookingsInput)
  .output(cursorPaginated(staffBooking))
  // Staff browse; nobody reads their own write here, so the list may lag by the replica's delay.
  .query(({ ctx, input }) => listStaffBookings({ ...ctx, prisma: ctx.services.db.reader }, input));
