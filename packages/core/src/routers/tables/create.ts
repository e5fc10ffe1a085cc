import { createTableInput, venueTable } from "@slotted/validators";
import { permittedProcedure } from "../../procedures.ts";
import { createTable } from "../../tables/create-table.ts";

export const create = permittedProcedure("tables:manage")
  .meta({
    creates: "resource",
    failures: ["CONFLICT"],
    openapi: {
      method: "POST",
      path: "/admin/tables",
      tags: ["tables"],
      summary: "Add a table (ADMIN)",
      description: "`name` is 1–40 characters and unique whatever its case (409 with `field: name` otherwise); `seats` 1–100; `area` optional.",
      protect: true,
    },
  })
  .input(createTableInput)
  .output(venueTable)
  .mutation(({ ctx, input }) => createTable(ctx.prisma, { actorId: ctx.user.id, requestId: ctx.requestId }, input));
