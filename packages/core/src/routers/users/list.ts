import { listUsersInput, paginated, publicUser } from "@slotted/validators";
import { permittedProcedure } from "../../procedures.ts";
import { listUsers } from "./list-users.ts";

export const list = permittedProcedure("users:read")
  .meta({
    openapi: {
      method: "GET",
      path: "/admin/users",
      tags: ["users"],
      summary: "List accounts (STAFF or ADMIN)",
      description: "Filter by isActive and role, search email and name (case-insensitive), sort by createdAt, email or name.",
      protect: true,
    },
  })
  .input(listUsersInput)
  .output(paginated(publicUser))
  // A list may lag by the replica's delay; an account just created is answered by its create call.
  .query(({ ctx, input }) => listUsers(ctx.services.db.reader, input));
