import { createUsersInput, createUsersOutput } from "@slotted/validators";
import { permittedProcedure } from "../../procedures.ts";
import { createUsers } from "./create-users.ts";
import { invalidateDashboardStats } from "./dashboard-stats.ts";

export const createMany = permittedProcedure("users:write")
  .meta({
    creates: "resource",
    failures: ["CONFLICT"],
    openapi: {
      method: "POST",
      path: "/admin/users/bulk",
      tags: ["users"],
      summary: "Create 1–100 accounts at once, all or nothing (ADMIN)",
      description:
        "Rows are `email`, `name`, `role` (default CUSTOMER) and optionally `password` (same rules as sign-up). A row without a password " +
        "gets a generated one, answered once as that user's `temporaryPassword` (kept only as a hash, never logged or audited): hand it over and " +
        "have the person change it. An email repeated inside the batch is a 400 naming each row (`users.<index>.email`); an email that " +
        "already has an account is a 409 whose `rows` list the offending indexes (`{ index, field: \"email\", message }`). Nothing is " +
        "created in either case.",
      protect: true,
    },
  })
  .input(createUsersInput)
  .output(createUsersOutput)
  .mutation(async ({ ctx, input }) => {
    const created = await createUsers(ctx.prisma, { actorId: ctx.user.id, requestId: ctx.requestId }, input.users);
    await invalidateDashboardStats(ctx);
    return { created };
  });
