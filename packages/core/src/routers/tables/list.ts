import { venueTableList } from "@slotted/validators";
import { z } from "zod";
import { permittedProcedure } from "../../procedures.ts";
import { listTables } from "../../tables/list-tables.ts";

export const list = permittedProcedure("bookings:read-all")
  .meta({
    openapi: {
      method: "GET",
      path: "/admin/tables",
      tags: ["tables"],
      summary: "Every table in the venue, active and inactive (STAFF or ADMIN)",
      description: "By area (tables without one last), then by name with numbers in numeric order (Table 2 before Table 10).",
      protect: true,
    },
  })
  .input(z.void())
  .output(venueTableList)
  // From the primary: the console lists right after adding or editing a table.
  .query(({ ctx }) => listTables(ctx.prisma));
