import { setInternalNotesInput, staffBooking } from "@slotted/validators";
import { setInternalNotes as replaceInternalNotes } from "../../bookings/set-internal-notes.ts";
import { permittedProcedure } from "../../procedures.ts";

export const setInternalNotes = permittedProcedure("bookings:manage")
  .meta({
    rateLimit: "booking_write",
    failures: ["CONFLICT"],
    openapi: {
      method: "PUT",
      path: "/admin/bookings/{id}/notes",
      tags: ["bookings"],
      summary: "Replace a booking's internal notes (STAFF or ADMIN)",
      description: "Staff-only text, never shown to the customer. `null` clears it. Requires the `version` you loaded (409 if stale).",
      protect: true,
    },
  })
  .input(setInternalNotesInput)
  .output(staffBooking)
  .mutation(({ ctx, input }) => replaceInternalNotes(ctx, { actorId: ctx.user.id, requestId: ctx.requestId }, input));
