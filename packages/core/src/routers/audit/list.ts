import { auditEntry, listAuditInput, paginated } from "@slotted/validators";
import { permittedProcedure } from "../../procedures.ts";
import { listAuditEntries } from "./list-audit-entries.ts";

export const list = permittedProcedure("audit:read")
  .meta({
    openapi: {
      method: "GET",
      path: "/admin/audit",
      tags: ["audit"],
      summary: "The admin audit log (ADMIN)",
      description: "Who changed what and when, with the request ID of the change. Filter by actorId, action, targetType, targetId.",
      protect: true,
    },
  })
  .input(listAuditInput)
  .output(paginated(auditEntry))
  // The log is history: the replica's delay does not change what it says.
  .query(({ ctx, input }) => listAuditEntries(ctx.services.db.reader, input));
