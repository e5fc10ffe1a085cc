import { updateTableInput, venueTable } from "@slotted/validators";
import { permittedProcedure } from "../../procedures.ts";
import { updateTable } from "../../tables/update-table.ts";

export const update = permittedProcedure("tables:manage")
  .meta({
    failures: ["CONFLICT"],
    openapi: {
      method: "PATCH",
      path: "/admin/tables/{id}",
      tags: ["tables"],
      summary: "Rename, resize, move or (de)activate a table (ADMIN)",
      description:
        "Send only what changes; `area: null` clears it. A name another table has is a 409 with `field: name`. " +
        "Deactivating keeps the bookings already seated there; the table just takes no new ones.",
      protect: true,
    },
  })
  .input(updateTableInput)
  .output(venueTable)
  .mutation(({ ctx, input }) => updateTable(ctx.prisma, { actorId: ctx.user.id, requestId: ctx.requestId }, input));
